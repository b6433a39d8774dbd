package org.veil.lfr.model;

/**
 * Prototype memberships of one row: M_k = exp(−d_k) / Σ_j exp(−d_j) (Zemel et al. 2013, eq. 2), with
 * d_k = Σ_i α_i (x_i − v_ki)² (eq. 3) or, without α, the Euclidean distance ‖x − v_k‖ (AIF360's
 * {@code softmax(-cdist(x, prototypes))}). Stateless; the softmax subtracts the smallest distance first
 * so that no exponent overflows.
 */
public final class Memberships {

    private Memberships() {
    }

    /**
     * Fills {@code distance} and {@code membership} (length k) for row {@code x}.
     *
     * @param alpha per-feature weights (weighted squared distance), or null for the Euclidean distance
     */
    public static void compute(double[] x, double[][] v, double[] alpha, double[] distance, double[] membership) {
        for (int j = 0; j < v.length; j++) {
            distance[j] = alpha == null ? Math.sqrt(squaredDistance(x, v[j])) : weightedDistance(x, v[j], alpha);
        }
        softmin(distance, membership);
    }

    /** M_k = exp(−d_k) / Σ_j exp(−d_j) (eq. 2), shifted by the smallest distance so that no exponent overflows. */
    static void softmin(double[] d, double[] m) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : d) {
            min = Math.min(min, v);
        }
        double z = 0;
        for (int j = 0; j < d.length; j++) {
            m[j] = Math.exp(min - d[j]);
            z += m[j];
        }
        for (int j = 0; j < d.length; j++) {
            m[j] /= z;
        }
    }

    /** Σ_i (x_i − v_i)², with four partial sums (independent add chains run in parallel on the CPU). */
    static double squaredDistance(double[] x, double[] v) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < x.length; i += 4) {
            double t0 = x[i] - v[i];
            double t1 = x[i + 1] - v[i + 1];
            double t2 = x[i + 2] - v[i + 2];
            double t3 = x[i + 3] - v[i + 3];
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
        }
        for (; i < x.length; i++) {
            double t = x[i] - v[i];
            s0 += t * t;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ_i α_i (x_i − v_i)² (eq. 3), with four partial sums. */
    static double weightedDistance(double[] x, double[] v, double[] alpha) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < x.length; i += 4) {
            double t0 = x[i] - v[i];
            double t1 = x[i + 1] - v[i + 1];
            double t2 = x[i + 2] - v[i + 2];
            double t3 = x[i + 3] - v[i + 3];
            s0 += alpha[i] * t0 * t0;
            s1 += alpha[i + 1] * t1 * t1;
            s2 += alpha[i + 2] * t2 * t2;
            s3 += alpha[i + 3] * t3 * t3;
        }
        for (; i < x.length; i++) {
            double t = x[i] - v[i];
            s0 += alpha[i] * t * t;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ_i a_i b_i, with four partial sums. */
    static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** x̂ = Σ_k M_k v_k (eq. 5), written into {@code out}. */
    public static void reconstruct(double[] membership, double[][] v, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int j = 0; j < v.length; j++) {
            double m = membership[j];
            double[] vj = v[j];
            for (int i = 0; i < out.length; i++) {
                out[i] += m * vj[i];
            }
        }
    }

    /** ŷ = Σ_k M_k w_k (eq. 6). */
    public static double label(double[] membership, double[] w) {
        double y = 0;
        for (int j = 0; j < w.length; j++) {
            y += membership[j] * w[j];
        }
        return y;
    }
}
