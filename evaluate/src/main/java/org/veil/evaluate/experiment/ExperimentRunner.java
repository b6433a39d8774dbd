package org.veil.evaluate.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.Classifier;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.record.RunDirectory;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.ProgressListener;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;
import org.veil.core.train.TrainingJob;
import org.veil.evaluate.attack.AttackResult;

/**
 * {@code veil experiment}: trains each {@link Target} on the members, measures its test accuracy,
 * writes it to {@code <out>/<name>/} (model.zip, record.json, its reference models), attacks it with
 * every requested attack, and returns the results in plan order. One progress task counts every
 * model trained (targets, reference and shadow models).
 *
 * <p>Randomness: everything derives from the options' seed: the split, target t's training and noise
 * ({@code derive(seed, t)}, seeded noise, because an experiment is a measurement that must repeat
 * exactly, not a release), its pools and its attacks. Not thread-safe; pools train in parallel inside.
 */
public final class ExperimentRunner {
    /** The progress task name. */
    public static final String TASK = "experiment: models trained";

    private ExperimentRunner() {
    }

    /**
     * Runs the experiment on {@code data} (targets train on members drawn from {@code data.train()};
     * accuracy is measured on {@code data.test()}).
     */
    public static ExperimentResult run(DatasetSplit data, ExperimentOptions options, Path out,
            ProgressListener progress, CancellationFlag cancel) throws IOException {
        Instant started = Instant.now();
        ExperimentSizes s = options.sizes();
        ExperimentSplit split = ExperimentSplit.draw(data.train(), s.members(), s.population(), options.publicRows(),
                options.seed());
        Target.Plan targets = Target.plan(options, split.publicRows());
        List<Target> plan = targets.targets();
        AtomicLong done = new AtomicLong();
        long total = (long) plan.size() * (1 + AttackSuite.modelsPerTarget(options));
        // Pools report (task, k, K) once per finished model (k > 0), in any order: count those calls.
        ProgressListener counting = (task, poolDone, poolTotal) -> {
            if (poolDone > 0) {
                progress.progress(TASK, done.incrementAndGet(), total);
            }
        };
        AttackSuite suite = new AttackSuite(options, split, counting, cancel);
        progress.progress(TASK, 0, total);
        Files.createDirectories(out);
        writeRows(out.resolve("members.txt"), split.rows().members());
        writeRows(out.resolve("non-members.txt"), split.rows().nonMembers());
        writeRows(out.resolve("population.txt"), split.rows().population());
        if (split.publicRows() != null) {
            writeRows(out.resolve("public.txt"), split.rows().publicRows());
        }
        List<TargetResult> results = new ArrayList<>();
        for (int t = 0; t < plan.size(); t++) {
            cancel.check();
            Target target = plan.get(t);
            TrainedModel<? extends Classifier> trained = train(target.trainer(), new DatasetSplit(split.members(),
                    data.test()), Randomness.derive(options.seed(), t), cancel);
            progress.progress(TASK, done.incrementAndGet(), total);
            trained = GroupFairness.addTo(trained, split.members(), data.test());
            Path dir = out.resolve(target.name());
            write(dir, trained);
            double delta = trained.record().privacy().delta() > 0 ? trained.record().privacy().delta() : 1e-5;
            Map<String, AttackResult> attacks = suite.run(t, trained.model(), target.trainer(), delta, dir);
            results.add(new TargetResult(target, trained.record(), attacks, target.name()));
        }
        return new ExperimentResult(options, split, data.test().rows(), results, targets.notes(), started,
                Instant.now());
    }

    private static <M extends Classifier> TrainedModel<M> train(Trainer<M> trainer, DatasetSplit data, long seed,
            CancellationFlag cancel) {
        RunContext ctx = RunContext.seeded(seed).withNoise(NoiseSource.seeded(Randomness.derive(seed, 1)))
                .withCancellation(cancel);
        return TrainingJob.trainAndTest(trainer, data, ctx);
    }

    /** One training-split row index per line (the {@code rows:FILE} format of {@code veil evaluate mia}). */
    private static void writeRows(Path file, int[] rows) throws IOException {
        StringBuilder b = new StringBuilder(rows.length * 6);
        for (int r : rows) {
            b.append(r).append('\n');
        }
        org.veil.core.io.AtomicFiles.write(file, b.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @SuppressWarnings("unchecked")
    private static void write(Path dir, TrainedModel<? extends Classifier> trained) throws IOException {
        if (!(trained.model() instanceof SavableClassifier)) {
            throw new IllegalStateException("a target of type " + trained.model().getClass().getSimpleName()
                    + " cannot be saved (expected e.g. " + Dl4jClassifier.class.getSimpleName() + ")");
        }
        RunDirectory.write(dir, (TrainedModel<? extends SavableClassifier>) trained);
    }
}
