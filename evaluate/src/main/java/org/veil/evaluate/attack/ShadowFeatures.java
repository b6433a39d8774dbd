package org.veil.evaluate.attack;

/**
 * The features the shadow-model attack's classifier sees for one prediction (p, y): the logit-scaled
 * confidence of the true label, ln p_y, ln max_j p_j, the entropy of p, and whether the prediction is
 * right. Shokri et al. 2017 (section IV-C) feed the whole probability vector to per-class attack models;
 * these label-aware summaries carry the signal their attack models learn (confidence and correctness)
 * and, unlike the raw vector, also work for one global attack model. Stateless.
 */
final class ShadowFeatures {
    /** Number of features. */
    static final int SIZE = 5;

    private ShadowFeatures() {
    }

    static double[] of(double[] p, int label) {
        double max = 0;
        int best = 0;
        double entropy = 0;
        for (int j = 0; j < p.length; j++) {
            if (p[j] > max) {
                max = p[j];
                best = j;
            }
            if (p[j] > 0) {
                entropy -= p[j] * Math.log(p[j]);
            }
        }
        return new double[] {
            LiraStatistics.logitConfidence(p, label),
            Math.log(Math.max(LiraStatistics.EDGE, p[label])),
            Math.log(Math.max(LiraStatistics.EDGE, max)),
            entropy,
            best == label ? 1 : 0,
        };
    }

    /** Feature rows for every prediction. */
    static double[][] of(double[][] p, int[] labels) {
        double[][] out = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            out[i] = of(p[i], labels[i]);
        }
        return out;
    }
}
