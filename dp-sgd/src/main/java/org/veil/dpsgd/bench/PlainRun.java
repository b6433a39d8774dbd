package org.veil.dpsgd.bench;

import java.util.SplittableRandom;
import org.veil.core.run.Randomness;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.Dl4jFitter;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.ProgressListener;

/**
 * The non-private side of the benchmark, one epoch at a time: each epoch a fresh shuffle of the
 * rows cut into consecutive batches of the task's batch size (the last may be smaller), one
 * optimiser step per batch through {@link Dl4jFitter} (as {@code BaselineTrainer} trains, without
 * an L2 penalty).
 *
 * <p>Not thread-safe. Randomness: the shuffles come from the generator given at construction.
 * Close to release the fitter's native copy of the data.
 */
final class PlainRun implements AutoCloseable {
    private final Dl4jClassifier model;
    private final Dl4jFitter fitter;
    private final SplittableRandom random;
    private final int[] order;
    private final int batch;

    PlainRun(Dl4jClassifier model, Dataset train, SplittableRandom random, int batch) {
        this.batch = batch;
        this.model = model;
        this.fitter = model.fitter(train);
        this.random = random;
        this.order = new int[train.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    Dl4jClassifier model() {
        return model;
    }

    /** One epoch; reports its batches to {@code progress} as {@code task}. */
    void epoch(String task, ProgressListener progress, CancellationFlag cancellation) {
        Randomness.shuffle(order, random);
        int n = order.length;
        long batches = (n + batch - 1) / batch;
        long done = 0;
        for (int from = 0; from < n; from += batch) {
            cancellation.check();
            double loss = fitter.fitBatch(order, from, Math.min(n, from + batch));
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("plain training diverged: loss=" + loss + " in " + task);
            }
            progress.progress(task, ++done, batches);
        }
    }

    @Override
    public void close() {
        fitter.close();
    }
}
