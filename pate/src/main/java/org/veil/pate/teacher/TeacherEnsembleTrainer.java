package org.veil.pate.teacher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;

/**
 * Trains one teacher per part of a {@link Partition} with any {@link Trainer} (Papernot et al. 2017,
 * section 2.1), {@code parallelism} teachers at a time, each on one ND4J thread while more than one
 * runs ({@link TeacherWorkers}).
 *
 * <p>Memory: a teacher's training set is a view of the private rows ({@link Dataset#subset} shares
 * the row arrays) built inside its task and dropped when the task ends, and of each teacher's
 * {@link TrainedModel} only the classifier and its {@link TeacherInfo} are kept, so the ensemble
 * costs the teachers' parameters plus the private data once.
 *
 * <p>Randomness: teacher k trains with a context seeded {@code Randomness.derive(ctx.seed(), k)} and
 * the noise source {@code ctx.noise().stream(k)} (for teacher trainers that add noise themselves),
 * so a seed reproduces the ensemble whatever the parallelism (bitwise only with the same ND4J thread
 * count: see {@link org.veil.core.dl4j.Dl4jClassifier}). Progress is reported as
 * {@code "teacher i/k"} after each finished teacher; the context's cancellation flag stops the run.
 *
 * <p>Thread safety: immutable; one call trains one ensemble.
 */
public final class TeacherEnsembleTrainer {
    /** Most teachers trained at once (guards against typos). */
    public static final int MAX_PARALLELISM = 1024;

    private final Trainer<? extends Classifier> trainer;
    private final int parallelism;

    /**
     * @param trainer     trains each teacher (any model: DL4J networks, Tribuo logistic regression, ...)
     * @param parallelism teachers trained at once, in [1, {@value #MAX_PARALLELISM}]
     */
    public TeacherEnsembleTrainer(Trainer<? extends Classifier> trainer, int parallelism) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism=" + parallelism + ", allowed: [1, " + MAX_PARALLELISM
                    + "]");
        }
        this.parallelism = parallelism;
    }

    /** The ensemble and how its teachers were trained. */
    public record Trained(TeacherEnsemble ensemble, String teacherMethod, JsonNode teacherOptions) {
    }

    /** Trains one teacher per part of {@code partition} on the rows of {@code data} it names. */
    public Trained train(Dataset data, Partition partition, RunContext ctx) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(ctx, "ctx");
        if (data.rows() != partition.rows()) {
            throw new IllegalArgumentException("data has " + data.rows() + " rows, the partition " + partition.rows());
        }
        int k = partition.teachers();
        ctx.progress().progress("teacher 0/" + k, 0, k);
        TeacherWorkers workers = new TeacherWorkers(parallelism, ctx.cancellation());
        List<Result> results = workers.run(k, (index, flag) -> trainOne(data, partition, index, ctx, flag),
                done -> ctx.progress().progress("teacher " + done + "/" + k, done, k));
        List<Classifier> teachers = new ArrayList<>(k);
        List<TeacherInfo> info = new ArrayList<>(k);
        for (Result r : results) {
            teachers.add(r.model());
            info.add(r.info());
        }
        Result first = results.get(0);
        return new Trained(TeacherEnsemble.of(teachers, info), first.method(), first.options());
    }

    private Result trainOne(Dataset data, Partition partition, int k, RunContext ctx,
            CancellationFlag flag) {
        Dataset part = data.subset(partition.part(k), "teacher-" + k);
        RunContext teacherCtx = RunContext.seeded(Randomness.derive(ctx.seed(), k))
                .withNoise(ctx.noise().stream(k))
                .withCancellation(flag);
        TrainedModel<? extends Classifier> trained = trainer.train(part, teacherCtx);
        Double recorded = trained.record().metrics().get("trainAccuracy");
        double accuracy = recorded != null ? recorded : Accuracy.of(trained.model(), part);
        TeacherInfo info = new TeacherInfo(k, part.rows(), partition.partSha256(k), accuracy);
        // only the first teacher's options are kept: every teacher has the same trainer
        return k == 0 ? new Result(trained.model(), info, trained.record().method(), trained.record().options())
                : new Result(trained.model(), info, null, null);
    }

    private record Result(Classifier model, TeacherInfo info, String method, JsonNode options) {
    }
}
