package org.veil.lfr.metric;

/**
 * Individual fairness as consistency of predictions among similar rows.
 *
 * <ul>
 *   <li>{@link #aif360}: AIF360's {@code BinaryLabelDatasetMetric.consistency}: 1 − (1/n) Σ_i |ŷ_i − mean of ŷ
 *       over the k nearest neighbours of x_i|, the neighbours found on the given features and including
 *       row i itself (sklearn {@code NearestNeighbors.kneighbors} on the fitted data); default k = 5.</li>
 *   <li>{@link #zemel}: yNN of Zemel et al. 2013, Section 4: 1 − (1/(n k)) Σ_n Σ_{j ∈ kNN(x_n)} |ŷ_n − ŷ_j|,
 *       the neighbours found on the original features, excluding row n itself.</li>
 * </ul>
 * Ties in distance go to the lower row index ({@link NearestNeighbours}). Stateless.
 */
public final class Consistency {

    private Consistency() {
    }

    /** AIF360's consistency of the 0/1 predictions {@code y} on features {@code x}. */
    public static double aif360(double[][] x, int[] y, int k, int parallelism) {
        check(x, y);
        int[][] nn = NearestNeighbours.of(x, Math.min(k, x.length), parallelism);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double mean = 0;
            for (int j : nn[i]) {
                mean += y[j];
            }
            sum += Math.abs(y[i] - mean / nn[i].length);
        }
        return 1 - sum / x.length;
    }

    /** Zemel et al.'s yNN of the 0/1 predictions {@code y} on the original features {@code x}. */
    public static double zemel(double[][] x, int[] y, int k, int parallelism) {
        check(x, y);
        if (x.length < 2) {
            throw new IllegalArgumentException("rows=" + x.length + ", allowed: >= 2 (yNN excludes the row itself)");
        }
        int kk = Math.min(k, x.length - 1);
        int[][] nn = NearestNeighbours.of(x, kk + 1, parallelism);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int used = 0;
            for (int j : nn[i]) {
                if (j != i && used < kk) {
                    sum += Math.abs(y[i] - y[j]);
                    used++;
                }
            }
        }
        return 1 - sum / ((double) x.length * kk);
    }

    private static void check(double[][] x, int[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x has " + x.length + " rows and y " + y.length
                    + ", allowed: equal and >= 1");
        }
        for (int i = 0; i < y.length; i++) {
            if ((y[i] | 1) != 1) {
                throw new IllegalArgumentException("y[" + i + "]=" + y[i] + ", allowed: 0 or 1");
            }
        }
    }
}
