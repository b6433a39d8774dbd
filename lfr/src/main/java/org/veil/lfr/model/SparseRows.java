package org.veil.lfr.model;

/**
 * The non-zero entries of each row, so that the objective's per-row work is O(k·nnz + k²) instead of
 * O(k·d): one-hot encoded tables such as Adult (104 features, about 14 non-zero per row) run several
 * times faster, and dense data costs what it did. Built once; immutable by convention.
 */
final class SparseRows {
    final int[][] index;
    final double[][] value;
    /** Σ_i x_ni², per row. */
    final double[] squaredNorm;

    SparseRows(double[][] x) {
        index = new int[x.length][];
        value = new double[x.length][];
        squaredNorm = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            int nnz = 0;
            for (double v : x[n]) {
                nnz += v != 0 ? 1 : 0;
            }
            index[n] = new int[nnz];
            value[n] = new double[nnz];
            int j = 0;
            for (int i = 0; i < x[n].length; i++) {
                if (x[n][i] != 0) {
                    index[n][j] = i;
                    value[n][j++] = x[n][i];
                    squaredNorm[n] += x[n][i] * x[n][i];
                }
            }
        }
    }

    /** Σ_nz x_i·a_i over row n's non-zeros. */
    double dot(int n, double[] a) {
        int[] idx = index[n];
        double[] val = value[n];
        double s = 0;
        for (int j = 0; j < idx.length; j++) {
            s += val[j] * a[idx[j]];
        }
        return s;
    }

    /** Σ_nz α_i x_i² over row n's non-zeros. */
    double weightedSquaredNorm(int n, double[] alpha) {
        int[] idx = index[n];
        double[] val = value[n];
        double s = 0;
        for (int j = 0; j < idx.length; j++) {
            s += alpha[idx[j]] * val[j] * val[j];
        }
        return s;
    }

    /** to += c·x_n (only the non-zeros are touched). */
    void addScaled(int n, double c, double[] to) {
        int[] idx = index[n];
        double[] val = value[n];
        for (int j = 0; j < idx.length; j++) {
            to[idx[j]] += c * val[j];
        }
    }

    /** to += c·x_n² elementwise. */
    void addScaledSquares(int n, double c, double[] to) {
        int[] idx = index[n];
        double[] val = value[n];
        for (int j = 0; j < idx.length; j++) {
            to[idx[j]] += c * val[j] * val[j];
        }
    }
}
