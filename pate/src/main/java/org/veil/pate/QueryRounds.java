package org.veil.pate;

import java.util.Arrays;
import org.veil.core.model.Classifier;
import org.veil.core.run.RunContext;
import org.veil.pate.aggregate.Aggregation;
import org.veil.pate.aggregate.Aggregator;
import org.veil.pate.aggregate.Votes;
import org.veil.pate.student.LeastConfidentQueries;
import org.veil.pate.student.QueryPlanner;
import org.veil.pate.student.QuerySelection;
import org.veil.pate.student.StudentData;
import org.veil.pate.teacher.TeacherEnsemble;

/**
 * Asks the teachers about public rows, round by round (Papernot et al. 2018, section 4.2: the
 * student's queries are answered by the aggregator; Algorithm 2 needs the student trained on earlier
 * answers). Each round picks its rows ({@link QueryPlanner}), counts the teachers' votes on them,
 * answers them with the aggregator and the run's noise source, then retrains the student on every
 * label so far (except after the last round: the caller trains the final student).
 *
 * <p>Not thread-safe; one instance runs once. Randomness: the noise source of the context and the
 * students' seeds drawn by {@link StudentTraining}.
 */
final class QueryRounds {
    private final PateOptions options;
    private final TeacherEnsemble ensemble;
    private final PublicData publicData;
    private final StudentTraining training;
    private final RunContext ctx;

    QueryRounds(PateOptions options, TeacherEnsemble ensemble, PublicData publicData, StudentTraining training,
            RunContext ctx) {
        this.options = options;
        this.ensemble = ensemble;
        this.publicData = publicData;
        this.training = training;
        this.ctx = ctx;
    }

    /**
     * What the rounds produced.
     *
     * @param aggregation  every query's outcome, in the order asked
     * @param queryRows    the public row of each query, in the order asked
     * @param labelledRows the public rows that got a label
     * @param labels       their labels
     */
    record Outcome(Aggregation aggregation, int[] queryRows, int[] labelledRows, int[] labels) {
    }

    Outcome run() {
        QuerySelection selection = options.selection();
        boolean interactive = Aggregator.of(options.aggregator()).usesStudent();
        boolean[] asked = new boolean[publicData.rows().rows()];
        int[] queryRows = new int[selection.queries()];
        int[] labelledRows = new int[selection.queries()];
        int[] labels = new int[selection.queries()];
        int asks = 0;
        int labelled = 0;
        Aggregation total = null;
        Classifier student = null;
        int rounds = selection.rounds();
        for (int r = 0; r < rounds; r++) {
            ctx.cancellation().check();
            int[] rows = pick(selection, r, asked, student);
            double[][] x = StudentData.features(publicData.rows(), rows);
            Votes votes = ensemble.votes(x, options.parallelism(), ctx.cancellation());
            double[][] p = interactive && student != null ? student.predictProbabilities(x) : null;
            Aggregation round = Aggregation.run(votes, options.aggregator(), p, ctx.noise());
            total = total == null ? round : total.append(round);
            for (int i = 0; i < rows.length; i++) {
                asked[rows[i]] = true;
                queryRows[asks++] = rows[i];
                int label = round.answers().get(i).label();
                if (label >= 0) {
                    labelledRows[labelled] = rows[i];
                    labels[labelled++] = label;
                }
            }
            ctx.progress().progress("query round " + (r + 1) + "/" + rounds, r + 1, rounds);
            if (r < rounds - 1 && labelled > 0) {
                student = training.fit(Arrays.copyOf(labelledRows, labelled), Arrays.copyOf(labels, labelled)).model();
            }
        }
        return new Outcome(total, queryRows, Arrays.copyOf(labelledRows, labelled), Arrays.copyOf(labels, labelled));
    }

    private int[] pick(QuerySelection selection, int round, boolean[] asked, Classifier student) {
        int size = selection.roundSize(round);
        if (!(selection instanceof LeastConfidentQueries) || student == null) {
            return QueryPlanner.firstUnasked(asked, size);
        }
        int[] candidates = QueryPlanner.unasked(asked);
        double[][] p = student.predictProbabilities(StudentData.features(publicData.rows(), candidates));
        return QueryPlanner.leastConfident(candidates, p, size);
    }
}
