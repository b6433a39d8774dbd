package org.veil.federated.aggregate;

import java.util.stream.IntStream;

/**
 * All squared Euclidean distances ‖Δ_i − Δ_j‖² between the n client deltas, computed once in
 * O(n²·d) time and O(n²) memory. The coordinates are walked in blocks so that a block of all n
 * deltas stays in cache while every pair is summed over it; each pair sums its blocks in coordinate
 * order, so the parallel variant (over rows i within a block) equals the serial one bit for bit.
 * Package-private.
 *
 * <p>Thread safety: stateless. Randomness: none.
 */
final class PairwiseDistances {

    private PairwiseDistances() {
    }

    /** The symmetric n×n matrix of squared distances (zero diagonal). */
    static double[][] squared(UpdateSet s, boolean parallel) {
        int n = s.n;
        double[][] dist = new double[n][n];
        double[] serialScratch = new double[CoordinateBlocks.BLOCK];
        for (int from = 0; from < s.d; from += CoordinateBlocks.BLOCK) {
            int lo = from;
            int hi = Math.min(s.d, from + CoordinateBlocks.BLOCK);
            IntStream rows = IntStream.range(0, n);
            (parallel ? rows.parallel() : rows).forEach(i -> {
                double[] scratch = parallel ? new double[CoordinateBlocks.BLOCK] : serialScratch;
                for (int j = i + 1; j < n; j++) {
                    dist[i][j] += squaredDistance(s.rows[i], s.rows[j], lo, hi, scratch);
                }
            });
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                dist[j][i] = dist[i][j];
            }
        }
        return dist;
    }

    /**
     * Σ_{k ∈ [lo, hi)} (a_k − b_k)² in double, in a fixed order: the squares first into
     * {@code scratch} (a loop the JIT vectorises), then summed with eight accumulators.
     */
    static double squaredDistance(float[] a, float[] b, int lo, int hi, double[] scratch) {
        int len = hi - lo;
        for (int k = 0; k < len; k++) {
            double e = (double) a[lo + k] - b[lo + k];
            scratch[k] = e * e;
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int k = 0;
        for (; k + 7 < len; k += 8) {
            s0 += scratch[k];
            s1 += scratch[k + 1];
            s2 += scratch[k + 2];
            s3 += scratch[k + 3];
            s4 += scratch[k + 4];
            s5 += scratch[k + 5];
            s6 += scratch[k + 6];
            s7 += scratch[k + 7];
        }
        for (; k < len; k++) {
            s0 += scratch[k];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
