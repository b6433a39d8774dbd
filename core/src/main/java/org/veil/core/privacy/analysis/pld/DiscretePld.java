package org.veil.core.privacy.analysis.pld;

/**
 * A composed, discretised privacy loss distribution: {@code probs[i]} at loss (offset + i) * h,
 * plus {@code infinityMass} at +Infinity, read as the hockey-stick divergence
 * delta(eps) = infinityMass + sum_{l &gt; eps} p(l) (1 - e^{eps - l}) (Sommer, Meiser and Mohammadi
 * 2019, sec. 4.4; dp_accounting PLD supplementary notes, Observation 1), minus {@code slack}
 * (an allowance subtracted by optimistic bounds, never below 0).
 *
 * <p>delta is continuous and non-increasing in eps, and between neighbouring grid points it is
 * U - e^eps V with U, V constant, so the smallest eps with delta(eps) &lt;= target is found exactly:
 * walk down the grid to the bucket where delta crosses the target, then solve
 * eps = g_i + log((U_i - target) / V_i) (dp_accounting's {@code _get_epsilon_for_delta} does the same).
 *
 * <p>Immutable (the array is never exposed) and thread-safe; no randomness.
 */
final class DiscretePld {
    private final double interval;
    private final long offset;
    private final double[] probs;
    private final double infinityMass;
    private final double slack;

    DiscretePld(double interval, long offset, double[] probs, double infinityMass, double slack) {
        this.interval = interval;
        this.offset = offset;
        this.probs = probs;
        this.infinityMass = infinityMass;
        this.slack = slack;
    }

    double infinityMass() {
        return infinityMass;
    }

    /** Total finite mass (for tests and diagnostics). */
    double finiteMass() {
        double s = 0;
        for (double p : probs) {
            s += p;
        }
        return s;
    }

    /** The hockey-stick divergence at eps, clipped to [0, 1]. */
    double delta(double eps) {
        double d = infinityMass;
        for (int i = probs.length - 1; i >= 0; i--) {
            double l = (offset + i) * interval;
            if (l <= eps) {
                break;
            }
            // contribution p(l) (1 - e^{eps - l}) (Sommer et al. 2019, sec. 4.4)
            d += probs[i] * -Math.expm1(eps - l);
        }
        return Math.min(1, Math.max(0, d - slack));
    }

    /** The smallest eps &gt;= 0 with delta(eps) &lt;= target; +Infinity when the infinity mass alone exceeds it. */
    double epsilon(double target) {
        double goal = target + slack;
        if (infinityMass > goal) {
            return Double.POSITIVE_INFINITY;
        }
        // at grid point g_i: U_i = inf + sum_{k>i} p_k, V_i = sum_{k>i} p_k e^{g_i - g_k}, delta(g_i) = U_i - V_i
        double u = infinityMass;
        double v = 0;
        double shrink = Math.exp(-interval);
        int i = probs.length - 1;
        while (i >= 0 && u - v <= goal) {
            u += probs[i];
            v = (v + probs[i]) * shrink;
            i--;
        }
        // now delta(g_i) > goal (or i = -1: below the support, where the same closed form holds)
        if (!(u > goal) || !(v > 0)) {
            return 0;
        }
        double gi = (offset + i) * interval;
        // delta(eps) = U_i - e^{eps - g_i} V_i on (g_i, g_{i+1}], solved for delta(eps) = goal
        double eps = gi + Math.log((u - goal) / v);
        for (int guard = 0; guard < 8 && u - Math.exp(eps - gi) * v > goal; guard++) {
            eps = Math.nextUp(eps);
        }
        return Math.max(0, eps);
    }
}
