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
        for (int from = 0; from < s.d; from += CoordinateBlocks.BLOCK) {
            int lo = from;
            int hi = Math.min(s.d, from + CoordinateBlocks.BLOCK);
            IntStream rows = IntStream.range(0, n);
            (parallel ? rows.parallel() : rows).forEach(i -> {
                for (int j = i + 1; j < n; j++) {
                    dist[i][j] += squaredDistance(s.rows[i], s.rows[j], lo, hi);
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

    /** Σ_{k ∈ [lo, hi)} (a_k − b_k)², in double with four accumulators (fixed order). */
    static double squaredDistance(float[] a, float[] b, int lo, int hi) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = lo;
        for (; k + 3 < hi; k += 4) {
            double e0 = (double) a[k] - b[k];
            double e1 = (double) a[k + 1] - b[k + 1];
            double e2 = (double) a[k + 2] - b[k + 2];
            double e3 = (double) a[k + 3] - b[k + 3];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
        }
        for (; k < hi; k++) {
            double e = (double) a[k] - b[k];
            s0 += e * e;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
