package org.veil.pate.student;

import java.util.Arrays;
import java.util.Objects;

/**
 * Self-training pseudo-labels (Lee 2013, "Pseudo-Label: the simple and efficient semi-supervised
 * learning method for deep neural networks", section 3.1; Papernot et al. 2017, section 3.1 used
 * the unlabelled public rows semi-supervised too, with GANs): the student's own most probable class
 * for an unlabelled public row, kept only where its probability is at least {@code confidence}.
 * They are computed from public rows and a student trained on noisy answers: post-processing, no
 * privacy cost.
 *
 * <p>Stateless and thread-safe; no randomness (ties between classes go to the lowest index).
 */
public final class PseudoLabels {

    private PseudoLabels() {
    }

    /**
     * The confident rows and their labels.
     *
     * @param rows        the row indices
     * @param labels      each row's pseudo-label
     */
    public record Selected(int[] rows, int[] labels) {

        public Selected {
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(labels, "labels");
            if (rows.length != labels.length) {
                throw new IllegalArgumentException(rows.length + " rows but " + labels.length + " labels");
            }
        }

        public int size() {
            return rows.length;
        }
    }

    /**
     * Pseudo-labels for the {@code candidates} whose top probability is at least {@code confidence}.
     *
     * @param candidates    row indices (unlabelled public rows)
     * @param probabilities the student's class probabilities, one row per candidate
     * @param confidence    the least top probability kept, in (0, 1]
     */
    public static Selected select(int[] candidates, double[][] probabilities, double confidence) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(probabilities, "probabilities");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence=" + confidence + ", allowed: (0, 1]");
        }
        if (candidates.length != probabilities.length) {
            throw new IllegalArgumentException(candidates.length + " candidates but " + probabilities.length
                    + " probability rows");
        }
        int[] rows = new int[candidates.length];
        int[] labels = new int[candidates.length];
        int n = 0;
        for (int k = 0; k < candidates.length; k++) {
            double[] p = probabilities[k];
            int best = 0;
            for (int j = 1; j < p.length; j++) {
                if (p[j] > p[best]) {
                    best = j;
                }
            }
            if (p[best] >= confidence) {
                rows[n] = candidates[k];
                labels[n] = best;
                n++;
            }
        }
        return new Selected(Arrays.copyOf(rows, n), Arrays.copyOf(labels, n));
    }
}
