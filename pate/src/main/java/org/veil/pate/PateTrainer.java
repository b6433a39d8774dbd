package org.veil.pate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.TrainingRecord;
import org.veil.core.run.RunContext;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.teacher.CopiesTogether;
import org.veil.pate.teacher.CrossPartDuplicates;
import org.veil.pate.teacher.Partition;
import org.veil.pate.teacher.TeacherEnsembleTrainer;

/**
 * PATE (Papernot et al. 2017, "Semi-supervised knowledge transfer for deep learning from private
 * training data"; Papernot et al. 2018, "Scalable private learning with PATE"): split the private
 * data into disjoint parts, train one teacher per part, let the teachers label public rows through a
 * noisy aggregator, and train the student on those labels only. The student is the published model;
 * its record carries the full privacy ledger and the guarantee from {@link PateAccounting}.
 *
 * <p>{@link #train} returns the student; {@link #run} also returns the teachers, the partition and
 * the aggregation (private) for inspection and for a data-dependent analysis.
 *
 * <p>Randomness, all from the {@link RunContext}: the partition's shuffle and the ensemble's seed are
 * two draws of {@link RunContext#random()} (teacher k then trains seeded
 * {@code Randomness.derive(ensembleSeed, k)}); every aggregator noise value comes from
 * {@link RunContext#noise()} (the secure source unless a seeded one is set); each student training
 * is seeded by a further draw. Progress: "teacher i/k", then "query round r/R", then the student
 * trainer's own. The cancellation flag is polled throughout.
 *
 * <p>Thread safety: immutable; one instance may run several times, each with its own context.
 */
public final class PateTrainer implements Trainer<Classifier> {
    /** The {@code method} written to training records. */
    public static final String METHOD = "pate";

    private final PateOptions options;
    private final Trainer<? extends Classifier> teacherTrainer;
    private final Trainer<? extends Classifier> studentTrainer;
    private final Trainer<? extends Classifier> selfTrainingTrainer;
    private final PublicData publicData;

    /**
     * @param options        the run's options
     * @param teacherTrainer trains each teacher on its part of the private data (any model)
     * @param studentTrainer trains the student on labelled public rows (any model)
     * @param publicData     the public rows the student asks about and learns from
     */
    public PateTrainer(PateOptions options, Trainer<? extends Classifier> teacherTrainer,
            Trainer<? extends Classifier> studentTrainer, PublicData publicData) {
        this(options, teacherTrainer, studentTrainer, studentTrainer, publicData);
    }

    private PateTrainer(PateOptions options, Trainer<? extends Classifier> teacherTrainer,
            Trainer<? extends Classifier> studentTrainer, Trainer<? extends Classifier> selfTrainingTrainer,
            PublicData publicData) {
        this.options = Objects.requireNonNull(options, "options");
        this.teacherTrainer = Objects.requireNonNull(teacherTrainer, "teacherTrainer");
        this.studentTrainer = Objects.requireNonNull(studentTrainer, "studentTrainer");
        this.selfTrainingTrainer = Objects.requireNonNull(selfTrainingTrainer, "selfTrainingTrainer");
        this.publicData = Objects.requireNonNull(publicData, "publicData");
    }

    /**
     * A copy whose self-training pass (with {@link PateOptions#semiSupervised()}) uses {@code trainer}
     * instead of the student trainer, e.g. the same model with fewer epochs over the many pseudo-labelled
     * rows. The student trainer still trains the students on the answered queries.
     */
    public PateTrainer withSelfTrainingStudent(Trainer<? extends Classifier> trainer) {
        return new PateTrainer(options, teacherTrainer, studentTrainer, trainer, publicData);
    }

    public PateOptions options() {
        return options;
    }

    /** Trains teachers on {@code privateData} and returns the student with its record. */
    @Override
    public TrainedModel<Classifier> train(Dataset privateData, RunContext ctx) {
        return run(privateData, ctx).student();
    }

    /** The whole run: the student with its record, and the private intermediate results. */
    public PateResult run(Dataset privateData, RunContext ctx) {
        Objects.requireNonNull(privateData, "privateData");
        Objects.requireNonNull(ctx, "ctx");
        check(privateData);
        Instant startedAt = Instant.now();
        Partition partition = CopiesTogether.apply(privateData, Partition.balanced(privateData.rows(),
                options.teachers(), new SplittableRandom(ctx.random().nextLong())));
        CrossPartDuplicates duplicates = CrossPartDuplicates.find(privateData, partition);
        RunContext teacherCtx = RunContext.seeded(ctx.random().nextLong()).withNoise(ctx.noise())
                .withProgress(ctx.progress()).withCancellation(ctx.cancellation());
        TeacherEnsembleTrainer.Trained teachers = new TeacherEnsembleTrainer(teacherTrainer, options.parallelism())
                .train(privateData, partition, teacherCtx);
        StudentTraining training = new StudentTraining(studentTrainer, selfTrainingTrainer, publicData.rows(), ctx);
        QueryRounds.Outcome outcome = new QueryRounds(options, teachers.ensemble(), publicData, training, ctx).run();
        StudentTraining.Final student = outcome.labelledRows().length == 0
                ? training.uninformed(privateData.numFeatures())
                : training.fitFinal(outcome.labelledRows(), outcome.labels(), options.semiSupervised(),
                        options.pseudoLabelConfidence());
        PateAccounting.Result privacy = PateAccounting.account(outcome.aggregation(), options.delta(),
                options.accounting(), ctx.noise().stream(Long.MAX_VALUE));
        PateRecord.Facts facts = new PateRecord.Facts(partition, duplicates, teachers, outcome, student, privacy);
        TrainingRecord record = PateRecord.of(options, privateData, publicData, facts, ctx, startedAt);
        TrainedModel<Classifier> model = new TrainedModel<>(student.student().model(), record);
        return new PateResult(model, partition, duplicates, teachers, outcome.aggregation(), outcome.queryRows(),
                student.pseudoLabels().size(), privacy);
    }

    /** Reports every mismatch between the options, the private data and the public data at once. */
    private void check(Dataset privateData) {
        List<String> problems = new ArrayList<>();
        Dataset pub = publicData.rows();
        if (privateData.rows() < options.teachers()) {
            problems.add("teachers=" + options.teachers() + " but data has " + privateData.rows()
                    + " rows, allowed: teachers <= rows");
        }
        if (pub.numFeatures() != privateData.numFeatures()) {
            problems.add("public data has " + pub.numFeatures() + " features, private data " + privateData.numFeatures()
                    + " (encode both the same way)");
        }
        if (!pub.classNames().equals(privateData.classNames())) {
            problems.add("public data's classes " + pub.classNames() + " differ from the private data's "
                    + privateData.classNames());
        }
        if (options.aggregator() instanceof InteractiveGnMaxOptions && options.selection().rounds() < 2) {
            problems.add("aggregator=interactive-gnmax with rounds=1, allowed: rounds >= 2 (its check compares the "
                    + "votes with the student trained on earlier rounds; in one round it is Confident-GNMax)");
        }
        if (options.selection().queries() > pub.rows()) {
            problems.add("queries=" + options.selection().queries() + " but the public data has " + pub.rows()
                    + " rows, allowed: queries <= public rows");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
