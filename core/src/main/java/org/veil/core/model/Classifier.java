package org.veil.core.model;

/**
 * What attacks, metrics and reports need from a trained model: class probabilities for a batch.
 * Implementations are safe to call from several threads unless their Javadoc says otherwise.
 */
public interface Classifier {

    /** Class probabilities, one row per input row, each row summing to 1. */
    double[][] predictProbabilities(double[][] x);

    int numClasses();

    /** The most probable class of each row (lowest index on ties). */
    default int[] predict(double[][] x) {
        double[][] p = predictProbabilities(x);
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int c = 1; c < p[i].length; c++) {
                if (p[i][c] > p[i][best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
