package org.veil.evaluate.shadow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jThreads;
import org.veil.core.error.VeilException;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.ProgressListener;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;

/**
 * Trains the models of a {@link ModelPool} with the target's own trainer and options, several at a
 * time on the available cores. With more than one model at a time each training runs ND4J on one
 * thread (shared/notes/dl4j-measurements.md: small networks gain nothing from native threads and
 * lose much to oversubscription); the previous thread count is restored afterwards.
 *
 * <p>Randomness: the design is drawn from {@code new SplittableRandom(seed)}; model k trains with a
 * context seeded {@code Randomness.derive(seed, k)} and seeded noise from
 * {@code Randomness.derive(seed, K + k)}, so a pool is reproducible from (trainer, data, options).
 * These are the attacker's models: seeded noise does not weaken any guarantee of the target.
 * Thread safety: stateless; one call trains one pool.
 */
public final class PoolTrainer {

    private PoolTrainer() {
    }

    /** Reference models for LiRA/RMIA: the balanced design over the candidate rows (members then non-members). */
    public static ModelPool reference(Trainer<? extends Classifier> trainer, Dataset candidates, PoolOptions options,
            ProgressListener progress, CancellationFlag cancel) {
        PoolDesign design = PoolDesign.balanced(options.models(), candidates.rows(), new SplittableRandom(options.seed()));
        return train(trainer, candidates, design, "reference", options, progress, cancel);
    }

    /** Shadow models for the shadow-model attack: the disjoint design over population rows. */
    public static ModelPool shadow(Trainer<? extends Classifier> trainer, Dataset population, PoolOptions options,
            ProgressListener progress, CancellationFlag cancel) {
        PoolDesign design = PoolDesign.disjoint(options.models(), population.rows(), new SplittableRandom(options.seed()));
        return train(trainer, population, design, "shadow", options, progress, cancel);
    }

    /** Trains one model per design entry on its in rows. */
    public static ModelPool train(Trainer<? extends Classifier> trainer, Dataset data, PoolDesign design, String kind,
            PoolOptions options, ProgressListener progress, CancellationFlag cancel) {
        Objects.requireNonNull(trainer, "trainer");
        int k = design.models();
        int workers = Math.min(options.parallelism(), k);
        String task = "training " + k + " " + kind + " models";
        progress.progress(task, 0, k);
        int threadsBefore = Dl4jThreads.current();
        if (workers > 1) {
            Dl4jThreads.set(1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "veil-" + kind + "-model");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<TrainedModel<? extends Classifier>>> futures = new ArrayList<>();
            for (int m = 0; m < k; m++) {
                int index = m;
                futures.add(pool.submit(() -> {
                    if (workers > 1) {
                        Dl4jThreads.set(1);
                    }
                    cancel.check();
                    RunContext ctx = RunContext.seeded(Randomness.derive(options.seed(), index))
                            .withNoise(NoiseSource.seeded(Randomness.derive(options.seed(), k + index)))
                            .withCancellation(cancel);
                    TrainedModel<? extends Classifier> trained =
                            trainer.train(data.subset(design.inRows()[index], kind + "-" + index), ctx);
                    progress.progress(task, done.incrementAndGet(), k);
                    return trained;
                }));
            }
            List<Classifier> models = new ArrayList<>();
            String method = null;
            com.fasterxml.jackson.databind.JsonNode json = null;
            for (Future<TrainedModel<? extends Classifier>> f : futures) {
                TrainedModel<? extends Classifier> trained = await(f, cancel);
                models.add(trained.model());
                method = trained.record().method();
                json = trained.record().options();
            }
            ModelPool.PoolInfo info = new ModelPool.PoolInfo(kind, method, json, options.seed(), RowsDigest.of(data));
            return new ModelPool(data, design, models, info);
        } finally {
            pool.shutdownNow();
            if (workers > 1) {
                Dl4jThreads.set(Math.max(1, threadsBefore));
            }
        }
    }

    private static <T> T await(Future<T> f, CancellationFlag cancel) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            throw new CancellationFlag.CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VeilException v) {
                throw v;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("training a pool model failed: " + cause, cause);
        }
    }
}
