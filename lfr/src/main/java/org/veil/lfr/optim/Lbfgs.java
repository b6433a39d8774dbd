package org.veil.lfr.optim;

import java.util.Objects;

/**
 * Unconstrained limited-memory BFGS minimiser: Nocedal &amp; Wright, Numerical Optimization, 2nd ed. (2006),
 * Alg. 7.5 with the two-loop recursion (Alg. 7.4), initial matrix H_k^0 = γ_k I (eq. 7.20), and a line search
 * for the strong Wolfe conditions (eq. 3.7, Alg. 3.5 and 3.6, c1 = 1e-4, c2 = 0.9). Curvature pairs with
 * s'y ≤ eps·‖s‖‖y‖ are skipped; a direction that is not a descent direction, or a failed line search, restarts
 * from steepest descent. Stopping rules follow scipy's L-BFGS-B ({@link LbfgsOptions}).
 *
 * <p>Used for the LFR objective (Zemel et al., Learning Fair Representations, ICML 2013), whose bounded
 * parameters the caller maps to R through a sigmoid or softplus.
 *
 * <p>Thread safety: immutable and reentrant; concurrent calls to {@link #minimize} are independent (each has
 * its own state), provided the functions passed in are safe to call. Randomness: none; results are
 * deterministic for a deterministic f.
 */
public final class Lbfgs {
    private final LbfgsOptions options;

    public Lbfgs(LbfgsOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public LbfgsOptions options() {
        return options;
    }

    /**
     * Minimises f from x0.
     *
     * @param f        the function with its gradient; evaluated at most {@link LbfgsOptions#maxEvaluations()}
     *                 times
     * @param x0       the starting point (not changed); f and its gradient must be finite there
     * @param listener called after each accepted iteration, may stop the search; null for none
     * @return the last accepted iterate and why the search stopped
     * @throws IllegalArgumentException if x0 is empty or not finite, or f is not finite at x0
     */
    public LbfgsResult minimize(DifferentiableFunction f, double[] x0, IterationListener listener) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(x0, "x0");
        if (x0.length == 0) {
            throw new IllegalArgumentException("x0.length=0, allowed: >= 1");
        }
        for (int i = 0; i < x0.length; i++) {
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException("x0[" + i + "]=" + x0[i] + ", allowed: finite");
            }
        }
        return new LbfgsRun(options, f, x0).run(listener);
    }
}
