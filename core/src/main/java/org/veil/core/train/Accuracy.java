package org.veil.core.train;

import java.util.Arrays;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;

/**
 * Classification accuracy of a {@link Classifier} on a {@link Dataset}: the fraction of rows whose
 * most probable class ({@link Classifier#predict}) equals the label. Evaluated in batches so that
 * large test sets do not hold all probabilities at once.
 *
 * <p>Thread safety: stateless. Randomness: none.
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
        if (classifier.numClasses() != data.numClasses()) {
            throw new IllegalArgumentException("classifier has " + classifier.numClasses() + " classes, data has "
                    + data.numClasses());
        }
        int n = data.rows();
        if (n == 0) {
            return Double.NaN;
        }
        long correct = 0;
        for (int from = 0; from < n; from += batchSize) {
            int to = Math.min(n, from + batchSize);
            int[] predicted = classifier.predict(Arrays.copyOfRange(data.features(), from, to));
            for (int i = 0; i < predicted.length; i++) {
                if (predicted[i] == data.labels()[from + i]) {
                    correct++;
                }
            }
        }
        return (double) correct / n;
    }
}
