package org.veil.federated.dp;

/**
 * Norms of float updates computed in double precision. Stateless.
 */
public final class UpdateNorms {

    private UpdateNorms() {
    }

    /** ‖v‖₂, NaN when any entry is not finite. */
    public static double l2(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    /** Scales {@code v} in place to norm at most {@code bound}; returns the factor applied (1 when within). */
    public static double clip(float[] v, double bound) {
        double n = l2(v);
        if (n <= bound) {
            return 1;
        }
        double f = bound / n;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] * f);
        }
        return f;
    }
}
