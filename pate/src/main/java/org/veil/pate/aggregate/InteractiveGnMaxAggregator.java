package org.veil.pate.aggregate;

import java.util.Objects;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * Interactive-GNMax (Papernot et al. 2018, Algorithm 2), with the student's class probabilities p
 * and M teachers: if {@code max_j (n_j - M p_j) + N(0, sigma1^2) >= T} (the teachers disagree with
 * the student) answer {@code argmax_j {n_j + N(0, sigma2^2)}}; else, if the student's top
 * probability exceeds {@code studentConfidence}, label the query with the student's own prediction
 * (free: it is computed from public data and earlier answers only); else give no label. Each query
 * costs one {@link NoisyThreshold} check (the statistic has sensitivity 1 because M p is public) and
 * each teacher answer one {@link GnMax}.
 *
 * <p>Before there is a student (the first round of queries) the probabilities are absent: the
 * baseline is then 0 and no student label is given, so the query is answered exactly as by
 * Confident-GNMax with the same T, sigma1 and sigma2 (the paper's students, too, start from
 * Confident-GNMax answers: 2018, section 4.2). Immutable and thread-safe.
 */
public final class InteractiveGnMaxAggregator implements Aggregator {
    /** How far the student's probabilities may sum from 1 (float rounding in the classifier). */
    static final double SUM_TOLERANCE = 1e-3;

    private final InteractiveGnMaxOptions options;

    public InteractiveGnMaxAggregator(InteractiveGnMaxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public InteractiveGnMaxOptions options() {
        return options;
    }

    @Override
    public boolean usesStudent() {
        return true;
    }

    /** The public baseline M p_j of Algorithm 2's check, for M teachers and the student's probabilities p. */
    public static double[] baseline(int teachers, double[] p) {
        double[] b = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            b[j] = teachers * p[j]; // 2018, Algorithm 2, line 1: O p_j (here M p_j)
        }
        return b;
    }

    /**
     * {@inheritDoc}
     *
     * @param studentProbabilities the student's class probabilities for the query row, or null when
     *                             there is no student yet (baseline 0, no student label)
     */
    @Override
    public QueryAnswer answer(int[] counts, double[] studentProbabilities, NoiseSource noise) {
        Aggregator.checkCounts(counts);
        double[] baseline = new double[counts.length];
        if (studentProbabilities != null) {
            checkProbabilities(counts.length, studentProbabilities);
            int teachers = 0;
            for (int c : counts) {
                teachers += c;
            }
            baseline = baseline(teachers, studentProbabilities);
        }
        double statistic = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < counts.length; j++) {
            statistic = Math.max(statistic, counts[j] - baseline[j]); // Algorithm 2, line 1: max_j (n_j - O p_j)
        }
        if (NoisyArgmax.passes(statistic, options.sigma1(), options.threshold(), noise)) {
            // Algorithm 2, line 2: the teachers answer with GNMax at sigma2
            return QueryAnswer.teachers(NoisyArgmax.gaussian(counts, options.sigma2(), noise), true);
        }
        if (studentProbabilities == null) {
            return QueryAnswer.none();
        }
        int top = NoisyArgmax.argmax(studentProbabilities);
        if (studentProbabilities[top] > options.studentConfidence()) {
            return QueryAnswer.student(top); // Algorithm 2, line 3: max_i p_i > T' -> the student's label
        }
        return QueryAnswer.none();
    }

    @Override
    public PrivacyLedger ledger(long checks, long teacherAnswers) {
        PrivacyLedger ledger = PrivacyLedger.of(new NoisyThreshold(options.sigma1()), checks);
        ledger.record(new GnMax(options.sigma2()), teacherAnswers);
        return ledger;
    }

    private static void checkProbabilities(int classes, double[] p) {
        if (p.length != classes) {
            throw new IllegalArgumentException("student probabilities have " + p.length + " classes, votes "
                    + classes);
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            if (!(p[j] >= 0 && p[j] <= 1)) {
                throw new IllegalArgumentException("student probability[" + j + "]=" + p[j] + ", allowed: [0, 1]");
            }
            sum += p[j];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("student probabilities sum to " + sum + ", allowed: 1 +- "
                    + SUM_TOLERANCE);
        }
    }
}
