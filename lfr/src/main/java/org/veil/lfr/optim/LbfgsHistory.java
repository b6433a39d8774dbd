package org.veil.lfr.optim;

/**
 * The m most recent curvature pairs (s_i, y_i) and the two-loop recursion that applies the L-BFGS inverse
 * Hessian approximation H_k to a vector (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., sect. 7.2,
 * Alg. 7.4). A ring buffer: the oldest pair is overwritten once m pairs are stored.
 *
 * <p>Not thread-safe: one instance belongs to one run of {@link Lbfgs#minimize}. Deterministic.
 */
final class LbfgsHistory {
    /** Relative margin eps of the curvature test s'y > eps·‖s‖‖y‖: machine epsilon. */
    static final double CURVATURE_EPS = Math.ulp(1.0);

    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    private int size;
    private int newest = -1;

    LbfgsHistory(int memory, int dimension) {
        s = new double[memory][dimension];
        y = new double[memory][dimension];
        rho = new double[memory];
        alpha = new double[memory];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
        newest = -1;
    }

    /**
     * Stores s = x_{k+1} − x_k and y = ∇f_{k+1} − ∇f_k unless the curvature condition s'y > 0 fails numerically
     * (s'y ≤ eps·‖s‖‖y‖), in which case H would lose positive definiteness and the pair is skipped.
     *
     * @return whether the pair was stored
     */
    boolean add(double[] sNew, double[] yNew) {
        double sy = Vectors.dot(sNew, yNew);
        // Curvature condition s'y > 0 (N&W eq. 6.7), with a relative margin against rounding.
        if (!(sy > CURVATURE_EPS * Vectors.norm2(sNew) * Vectors.norm2(yNew))) {
            return false;
        }
        newest = (newest + 1) % s.length;
        System.arraycopy(sNew, 0, s[newest], 0, sNew.length);
        System.arraycopy(yNew, 0, y[newest], 0, yNew.length);
        // rho_k = 1 / (y_k' s_k) (N&W eq. 6.14).
        rho[newest] = 1.0 / sy;
        size = Math.min(size + 1, s.length);
        return true;
    }

    /**
     * Writes the L-BFGS search direction d = −H_k g into {@code direction} (N&amp;W Alg. 7.4 then Alg. 7.5 step
     * "p_k = −H_k ∇f_k"). With no pairs stored, H_k = I and d = −g.
     */
    void direction(double[] gradient, double[] direction) {
        double[] q = direction;
        System.arraycopy(gradient, 0, q, 0, gradient.length);
        int m = s.length;
        for (int j = 0; j < size; j++) {
            int i = Math.floorMod(newest - j, m);
            // alpha_i = rho_i s_i' q; q = q − alpha_i y_i (N&W Alg. 7.4, first loop, newest to oldest).
            alpha[i] = rho[i] * Vectors.dot(s[i], q);
            axpyInPlace(q, -alpha[i], y[i]);
        }
        if (size > 0) {
            // H_k^0 = gamma_k I, gamma_k = s_{k-1}' y_{k-1} / (y_{k-1}' y_{k-1}) (N&W eq. 7.20).
            double gamma = 1.0 / (rho[newest] * Vectors.dot(y[newest], y[newest]));
            scaleInPlace(q, gamma);
        }
        for (int j = size - 1; j >= 0; j--) {
            int i = Math.floorMod(newest - j, m);
            // beta = rho_i y_i' r; r = r + s_i (alpha_i − beta) (N&W Alg. 7.4, second loop, oldest to newest).
            double beta = rho[i] * Vectors.dot(y[i], q);
            axpyInPlace(q, alpha[i] - beta, s[i]);
        }
        scaleInPlace(q, -1.0);
    }

    private static void axpyInPlace(double[] target, double a, double[] v) {
        for (int i = 0; i < target.length; i++) {
            target[i] += a * v[i];
        }
    }

    private static void scaleInPlace(double[] target, double a) {
        for (int i = 0; i < target.length; i++) {
            target[i] *= a;
        }
    }
}
