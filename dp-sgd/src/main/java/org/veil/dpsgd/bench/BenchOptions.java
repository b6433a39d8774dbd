package org.veil.dpsgd.bench;

import java.nio.file.Path;
import java.util.Objects;
import org.veil.core.dl4j.Dl4jThreads;

/**
 * What one {@link DpSgdBenchmark} run does.
 *
 * @param task     the task (data, network, tuned hyperparameters)
 * @param epochs   epochs of each run, private and plain, all timed; the first is the warm-up and is
 *                 left out of the medians, so at least 2; in [2, 1000]; the private run's σ is
 *                 calibrated to the task's ε over exactly these epochs
 * @param threads  ND4J/OpenBLAS threads to set before training, in [1, 1024]; 0 leaves them as they are
 * @param mnistDir directory of the MNIST IDX files (MNIST tasks only; null for adult-mlp)
 * @param maxRows  use at most this many training rows (a seeded random subset; for quick checks and
 *                 tests), at least two batches; 0 for all rows
 * @param seed     seed of the initialisations, the plain run's shuffles and the row subset (the
 *                 private run's batches and noise come from a secure generator regardless)
 */
public record BenchOptions(BenchTask task, int epochs, int threads, Path mnistDir, int maxRows, long seed) {
    public static final int MAX_EPOCHS = 1000;

    public BenchOptions {
        Objects.requireNonNull(task, "task");
        if (epochs < 2 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs=" + epochs + ", allowed: [2, " + MAX_EPOCHS
                    + "] (the first epoch is a warm-up that is not timed)");
        }
        if (threads < 0 || threads > Dl4jThreads.MAX_THREADS) {
            throw new IllegalArgumentException("threads=" + threads + ", allowed: 0 (leave as is) or [1, "
                    + Dl4jThreads.MAX_THREADS + "]");
        }
        // Smallest maxRows: two batches.
        if (maxRows != 0 && maxRows < 2 * task.batchSize()) {
            throw new IllegalArgumentException("maxRows=" + maxRows + ", allowed: 0 (all) or >= "
                    + 2 * task.batchSize());
        }
        task.dataSpec(mnistDir); // checks that a directory is given exactly for the MNIST tasks
    }

    /** The task with its default epochs, threads left as they are, all rows, seed 1. */
    public static BenchOptions of(BenchTask task, Path mnistDir) {
        return new BenchOptions(task, task.defaultEpochs(), 0, mnistDir, 0, 1L);
    }

    public BenchOptions withEpochs(int v) {
        return new BenchOptions(task, v, threads, mnistDir, maxRows, seed);
    }

    public BenchOptions withThreads(int v) {
        return new BenchOptions(task, epochs, v, mnistDir, maxRows, seed);
    }

    public BenchOptions withMaxRows(int v) {
        return new BenchOptions(task, epochs, threads, mnistDir, v, seed);
    }

    public BenchOptions withSeed(long v) {
        return new BenchOptions(task, epochs, threads, mnistDir, maxRows, v);
    }
}
