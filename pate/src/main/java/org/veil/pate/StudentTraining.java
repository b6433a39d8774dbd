package org.veil.pate;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.model.UniformClassifier;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;
import org.veil.core.run.RunContext;
import org.veil.pate.student.PseudoLabels;
import org.veil.pate.student.QueryPlanner;
import org.veil.pate.student.StudentData;

/**
 * Trains students on labelled public rows: the intermediate students between query rounds and the
 * final one, optionally with self-training pseudo-labels ({@link PseudoLabels}). Every training gets
 * a fresh context seeded from one draw of the run's generator, with the run's noise source,
 * progress and cancellation.
 *
 * <p>Not thread-safe (it draws from the run's generator); used by one PATE run.
 */
final class StudentTraining {
    private final Trainer<? extends Classifier> trainer;
    private final Trainer<? extends Classifier> selfTrainer;
    private final Dataset publicRows;
    private final RunContext ctx;

    StudentTraining(Trainer<? extends Classifier> trainer, Trainer<? extends Classifier> selfTrainer,
            Dataset publicRows, RunContext ctx) {
        this.trainer = trainer;
        this.selfTrainer = selfTrainer;
        this.publicRows = publicRows;
        this.ctx = ctx;
    }

    /** A student trained on public rows {@code rows} labelled {@code labels}. */
    TrainedModel<? extends Classifier> fit(int[] rows, int[] labels) {
        return fit(trainer, rows, labels);
    }

    private TrainedModel<? extends Classifier> fit(Trainer<? extends Classifier> with, int[] rows, int[] labels) {
        ctx.cancellation().check();
        Dataset data = StudentData.of(publicRows, rows, labels, "pate-student");
        RunContext studentCtx = RunContext.seeded(ctx.random().nextLong()).withNoise(ctx.noise())
                .withProgress(ctx.progress()).withCancellation(ctx.cancellation());
        return with.train(data, studentCtx);
    }

    /** The final student and how many pseudo-labels it was trained on. */
    record Final(TrainedModel<? extends Classifier> student, PseudoLabels.Selected pseudoLabels) {
    }

    /**
     * The student when no query was answered: {@link UniformClassifier} (chance accuracy), with a
     * record that says why. A small budget can legitimately answer nothing; the run's privacy cost
     * (the threshold checks) is still recorded by the caller.
     */
    Final uninformed(int numFeatures) {
        Instant now = Instant.now();
        TrainingRecord record = new TrainingRecord(TrainingRecord.SCHEMA_VERSION, UniformClassifier.FORMAT,
                RecordJson.mapper().createObjectNode(), DataInfo.of(publicRows.source(), 0, null),
                PrivacyInfo.nonPrivate(), Map.of(), ctx.seed(), now, now, Versions.current(),
                List.of(NO_ANSWERS));
        UniformClassifier uniform = new UniformClassifier(numFeatures, publicRows.classNames());
        return new Final(new TrainedModel<>(uniform, record), new PseudoLabels.Selected(new int[0], new int[0]));
    }

    /** The note of a run whose aggregator answered no query. */
    static final String NO_ANSWERS = "no query was answered, so the student has no label to learn from: it is the "
            + "uniform model (probability 1/m for each of the m classes, chance accuracy); the checks' privacy cost "
            + "is still spent and recorded. Lower the threshold, ask more queries, or use more teachers";

    /**
     * The final student: trained on the labelled rows; with {@code semiSupervised}, retrained on the
     * labelled rows plus its own predictions of confidence &gt;= {@code confidence} for every public
     * row without a label, by the self-training trainer.
     */
    Final fitFinal(int[] rows, int[] labels, boolean semiSupervised, double confidence) {
        TrainedModel<? extends Classifier> student = fit(rows, labels);
        PseudoLabels.Selected none = new PseudoLabels.Selected(new int[0], new int[0]);
        if (!semiSupervised) {
            return new Final(student, none);
        }
        boolean[] labelled = new boolean[publicRows.rows()];
        for (int i : rows) {
            labelled[i] = true;
        }
        int[] candidates = QueryPlanner.unasked(labelled);
        if (candidates.length == 0) {
            return new Final(student, none);
        }
        double[][] p = student.model().predictProbabilities(StudentData.features(publicRows, candidates));
        PseudoLabels.Selected pseudo = PseudoLabels.select(candidates, p, confidence);
        if (pseudo.size() == 0) {
            return new Final(student, pseudo);
        }
        int[] allRows = concat(rows, pseudo.rows());
        int[] allLabels = concat(labels, pseudo.labels());
        return new Final(fit(selfTrainer, allRows, allLabels), pseudo);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
