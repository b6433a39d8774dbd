package org.veil.pate.student;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Picks the public rows of each round of queries ({@link QuerySelection}). Pure functions of public
 * data and the student's predictions, so the choice is post-processing and costs no privacy.
 * Stateless and thread-safe; no randomness (ties go to the lower row index).
 */
public final class QueryPlanner {

    private QueryPlanner() {
    }

    /** The first {@code count} rows not yet asked, in row order. */
    public static int[] firstUnasked(boolean[] asked, int count) {
        Objects.requireNonNull(asked, "asked");
        int[] out = new int[count];
        int n = 0;
        for (int i = 0; i < asked.length && n < count; i++) {
            if (!asked[i]) {
                out[n++] = i;
            }
        }
        if (n < count) {
            throw new IllegalArgumentException("asked for " + count + " more rows but only " + n + " are left");
        }
        return out;
    }

    /** The rows not yet asked, in row order. */
    public static int[] unasked(boolean[] asked) {
        int n = 0;
        for (boolean a : asked) {
            n += a ? 0 : 1;
        }
        return firstUnasked(asked, n);
    }

    /**
     * The {@code count} candidates whose top class probability is smallest (uncertainty sampling,
     * least-confident: Settles 2009, section 3.1, x* = argmax_x 1 - P(y_hat | x)), returned in row
     * order; equal confidence goes to the lower row index.
     *
     * @param candidates    row indices that may be asked
     * @param probabilities the student's class probabilities, one row per candidate
     */
    public static int[] leastConfident(int[] candidates, double[][] probabilities, int count) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(probabilities, "probabilities");
        if (candidates.length != probabilities.length) {
            throw new IllegalArgumentException(candidates.length + " candidates but " + probabilities.length
                    + " probability rows");
        }
        if (count < 0 || count > candidates.length) {
            throw new IllegalArgumentException("count=" + count + ", allowed: [0, " + candidates.length + "]");
        }
        Integer[] order = new Integer[candidates.length];
        double[] confidence = new double[candidates.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
            confidence[k] = top(probabilities[k]);
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> confidence[k]).thenComparingInt(k -> candidates[k]));
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = candidates[order[k]];
        }
        Arrays.sort(out);
        return out;
    }

    /** The largest probability of a row. */
    static double top(double[] p) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            m = Math.max(m, v);
        }
        return m;
    }
}
