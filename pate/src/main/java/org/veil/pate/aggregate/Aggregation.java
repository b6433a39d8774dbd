package org.veil.pate.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * A run of one aggregator over a sequence of queries: the teachers' votes, every query's outcome, and
 * the data-independent {@link PrivacyLedger} of what ran ({@code NoisyThreshold} once per check,
 * {@code GnMax} or {@code LnMax} once per teacher answer; the student's own labels are free). The
 * ledger is written from the realised counts, so it holds only what actually ran.
 *
 * <p>Everything a data-dependent analysis needs stays available: the votes, which queries passed the
 * check, and (Interactive-GNMax) the public baselines {@code M p} each check subtracted. The votes are
 * private; the answers, the counts and the ledger are what the run releases.
 *
 * <p>Immutable and thread-safe. Randomness: only the {@link NoiseSource} given to {@link #run}, used
 * query by query in order, so a seeded source reproduces the answers.
 */
public final class Aggregation {
    private final AggregatorOptions options;
    private final Votes votes;
    private final List<QueryAnswer> answers;
    private final double[][] baselines;
    private final PrivacyLedger ledger;
    private final long checks;
    private final long teacherAnswers;
    private final long studentAnswers;

    private Aggregation(AggregatorOptions options, Votes votes, List<QueryAnswer> answers, double[][] baselines) {
        this.options = options;
        this.votes = votes;
        this.answers = Collections.unmodifiableList(answers);
        this.baselines = baselines;
        long c = 0;
        long t = 0;
        long s = 0;
        for (QueryAnswer a : answers) {
            c += a.checked() ? 1 : 0;
            t += a.source() == AnswerSource.TEACHERS ? 1 : 0;
            s += a.source() == AnswerSource.STUDENT ? 1 : 0;
        }
        this.checks = c;
        this.teacherAnswers = t;
        this.studentAnswers = s;
        this.ledger = Aggregator.of(options).ledger(c, t);
    }

    /** Answers every query of {@code votes} with a non-interactive aggregator. */
    public static Aggregation run(Votes votes, AggregatorOptions options, NoiseSource noise) {
        return run(votes, options, null, noise);
    }

    /**
     * Answers every query of {@code votes}, in order.
     *
     * @param studentProbabilities the student's class probabilities, one row per query, used by
     *                             Interactive-GNMax (null, or a null row, where there is no student
     *                             yet) and ignored by the others
     */
    public static Aggregation run(Votes votes, AggregatorOptions options, double[][] studentProbabilities,
            NoiseSource noise) {
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(noise, "noise");
        Aggregator aggregator = Aggregator.of(options);
        double[][] baselines = null;
        if (aggregator.usesStudent()) {
            if (studentProbabilities != null && studentProbabilities.length != votes.queries()) {
                throw new IllegalArgumentException(options.name() + " needs the student's probabilities for each of the "
                        + votes.queries() + " queries, got " + studentProbabilities.length);
            }
            baselines = new double[votes.queries()][];
        }
        List<QueryAnswer> answers = new ArrayList<>(votes.queries());
        for (int i = 0; i < votes.queries(); i++) {
            double[] p = baselines == null || studentProbabilities == null ? null : studentProbabilities[i];
            answers.add(aggregator.answer(votes.row(i), p, noise));
            if (baselines != null) {
                baselines[i] = p == null ? new double[votes.classes()]
                        : InteractiveGnMaxAggregator.baseline(votes.teachers(), p);
            }
        }
        return new Aggregation(options, votes, answers, baselines);
    }

    /** This run followed by {@code later} (a later round of queries with the same aggregator and teachers). */
    public Aggregation append(Aggregation later) {
        if (!options.equals(later.options)) {
            throw new IllegalArgumentException("aggregator " + later.options + " differs from " + options);
        }
        if (votes.teachers() != later.votes.teachers() || votes.classes() != later.votes.classes()) {
            throw new IllegalArgumentException("the later votes have " + later.votes.teachers() + " teachers and "
                    + later.votes.classes() + " classes, these " + votes.teachers() + " and " + votes.classes());
        }
        int[][] rows = new int[queries() + later.queries()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i < queries() ? votes.row(i) : later.votes.row(i - queries());
        }
        List<QueryAnswer> all = new ArrayList<>(answers);
        all.addAll(later.answers);
        double[][] b = null;
        if (baselines != null) {
            b = new double[rows.length][];
            System.arraycopy(baselines, 0, b, 0, baselines.length);
            System.arraycopy(later.baselines, 0, b, baselines.length, later.baselines.length);
        }
        return new Aggregation(options, Votes.of(rows), all, b);
    }

    public AggregatorOptions options() {
        return options;
    }

    /** The teachers' votes (private). */
    public Votes votes() {
        return votes;
    }

    /** Every query's outcome, in query order (immutable). */
    public List<QueryAnswer> answers() {
        return answers;
    }

    public int queries() {
        return answers.size();
    }

    /** Each query's label, -1 where none was given. */
    public int[] labels() {
        int[] out = new int[answers.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = answers.get(i).label();
        }
        return out;
    }

    /** Whether each query was answered by the teachers (the check passed, or no check ran). */
    public boolean[] passed() {
        boolean[] out = new boolean[answers.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = answers.get(i).passed();
        }
        return out;
    }

    /**
     * The public baseline {@code M p} of each query's check (Interactive-GNMax), or null for the other
     * aggregators.
     */
    public double[][] baselines() {
        if (baselines == null) {
            return null;
        }
        double[][] copy = new double[baselines.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = baselines[i].clone();
        }
        return copy;
    }

    /** Noisy threshold checks run. */
    public long checks() {
        return checks;
    }

    /** Queries the teachers answered (each cost one GNMax or LNMax release). */
    public long teacherAnswers() {
        return teacherAnswers;
    }

    /** Queries labelled by the student itself (Interactive-GNMax; free). */
    public long studentAnswers() {
        return studentAnswers;
    }

    /** Queries that got a label, from the teachers or the student. */
    public long answered() {
        return teacherAnswers + studentAnswers;
    }

    /** The data-independent ledger of this run (a copy). */
    public PrivacyLedger ledger() {
        return ledger.copy();
    }
}
