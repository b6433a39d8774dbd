package org.veil.lfr.fit;

import java.util.SplittableRandom;
import org.veil.lfr.LfrMode;
import org.veil.lfr.model.LfrProblem;
import org.veil.lfr.model.ParameterLayout;

/**
 * Random starting points for the L-BFGS restarts.
 *
 * <p>PAPER mode: the k prototypes start at k distinct training rows chosen at random (so every prototype
 * starts where the data is; a standardised feature space makes AIF360's uniform [0, 1) start land many
 * prototypes far from all rows), the label weights w_k uniform in (0.05, 0.95), every α = 1. AIF360 mode:
 * as AIF360's {@code LFR.fit}, every prototype coordinate and w_k uniform in [0, 1) (w clamped into
 * (0.001, 0.999) because w = sigmoid(ω) cannot reach 0). Randomness: only {@code random}.
 */
final class Initialiser {

    private Initialiser() {
    }

    static double[] start(LfrProblem data, ParameterLayout layout, LfrMode mode, SplittableRandom random) {
        int k = layout.prototypes();
        int d = layout.features();
        double[][] v = new double[k][];
        double[] w = new double[k];
        if (mode == LfrMode.AIF360) {
            for (int j = 0; j < k; j++) {
                w[j] = Math.min(0.999, Math.max(0.001, random.nextDouble()));
            }
            for (int j = 0; j < k; j++) {
                v[j] = new double[d];
                for (int i = 0; i < d; i++) {
                    v[j][i] = random.nextDouble();
                }
            }
        } else {
            int[] rows = distinctRows(data.rows(), k, random);
            for (int j = 0; j < k; j++) {
                v[j] = data.x()[rows[j]].clone();
                w[j] = 0.05 + 0.9 * random.nextDouble();
            }
        }
        double[][] alphas = new double[layout.alphaSets()][d];
        for (double[] a : alphas) {
            // α = 1/d: d_nk starts near the mean squared distance per feature, so memberships start soft
            java.util.Arrays.fill(a, 1.0 / d);
        }
        return layout.encode(v, w, alphas);
    }

    /** k distinct indices in [0, n) (k ≤ n; with k > n rows repeat, which only happens on toy data). */
    private static int[] distinctRows(int n, int k, SplittableRandom random) {
        int[] out = new int[k];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int j = 0; j < k; j++) {
            int r = random.nextInt(n);
            while (seen.size() < n && !seen.add(r)) {
                r = random.nextInt(n);
            }
            out[j] = r;
        }
        return out;
    }
}
