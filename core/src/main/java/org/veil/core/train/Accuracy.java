package org.veil.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;

/**
 * Classification accuracy of a {@link Classifier} on a {@link Dataset}: the fraction of rows whose
 * most probable class ({@link Classifier#predict}) equals the label. Evaluated in batches so that
 * large test sets do not hold all probabilities at once.
 *
 * <p>Thread safety: stateless; the parallel form runs its own short-lived threads. Randomness: none.
 */
public final class Accuracy {
    /** Rows per call to {@link Classifier#predictProbabilities}. */
    public static final int DEFAULT_BATCH = 8192;

    private Accuracy() {
    }

    /** Accuracy in [0, 1]; NaN for an empty data set. */
    public static double of(Classifier classifier, Dataset data) {
        return of(classifier, data, DEFAULT_BATCH);
    }

    /** Accuracy in [0, 1], predicting {@code batchSize} rows at a time; NaN for an empty data set. */
    public static double of(Classifier classifier, Dataset data, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize=" + batchSize + ", allowed: >= 1");
        }
        checked(classifier, data);
        int n = data.rows();
        if (n == 0) {
            return Double.NaN;
        }
        return (double) correct(classifier, data, 0, n, batchSize) / n;
    }

    /**
     * Accuracy computed by {@code parts} threads side by side, each predicting a contiguous slice of the
     * rows with its own classifier from {@code copies} (a classifier may serialise its predictions, so one
     * shared model would not run in parallel). Every row is predicted once by an identical model, so the
     * result equals {@link #of(Classifier, Dataset)}; NaN for an empty data set.
     *
     * @param copies supplies one classifier per slice; all must compute the same function
     * @param parts  threads, at least 1; 1 predicts on the calling thread
     */
    public static double inParallel(Supplier<? extends Classifier> copies, Dataset data, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts=" + parts + ", allowed: >= 1");
        }
        int n = data.rows();
        int k = Math.min(parts, Math.max(1, n));
        if (k == 1) {
            return of(copies.get(), data);
        }
        ExecutorService pool = Executors.newFixedThreadPool(k);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int p = 0; p < k; p++) {
                int from = (int) ((long) n * p / k);
                int to = (int) ((long) n * (p + 1) / k);
                counts.add(pool.submit(() -> correct(checked(copies.get(), data), data, from, to, DEFAULT_BATCH)));
            }
            long correct = 0;
            for (Future<Long> c : counts) {
                correct += c.get();
            }
            return (double) correct / n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing accuracy", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Classifier checked(Classifier classifier, Dataset data) {
        if (classifier.numClasses() != data.numClasses()) {
            throw new IllegalArgumentException("classifier has " + classifier.numClasses() + " classes, data has "
                    + data.numClasses());
        }
        return classifier;
    }

    /** Rows in [from, to) whose predicted class equals the label, predicting {@code batchSize} at a time. */
    private static long correct(Classifier classifier, Dataset data, int from, int to, int batchSize) {
        long correct = 0;
        for (int start = from; start < to; start += batchSize) {
            int end = Math.min(to, start + batchSize);
            int[] predicted = classifier.predict(Arrays.copyOfRange(data.features(), start, end));
            for (int i = 0; i < predicted.length; i++) {
                if (predicted[i] == data.labels()[start + i]) {
                    correct++;
                }
            }
        }
        return correct;
    }
}
