package org.veil.evaluate.metric;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Exact one-sided confidence bounds for a binomial proportion (Clopper and Pearson 1934,
 * Biometrika 26, p. 404): for k successes in n trials, the lower bound at level 1 − α is the
 * α-quantile of Beta(k, n − k + 1) (0 when k = 0) and the upper bound the (1 − α)-quantile of
 * Beta(k + 1, n − k) (1 when k = n). Quantiles from Commons Math's {@link BetaDistribution}
 * (inverse cumulative probability, absolute accuracy 1e-12).
 *
 * <p>Stateless.
 */
public final class ClopperPearson {
    private static final double ACCURACY = 1e-12;

    private ClopperPearson() {
    }

    /** P(p ≥ lower) ≥ 1 − alpha. */
    public static double lower(long k, long n, double alpha) {
        check(k, n, alpha);
        if (k == 0) {
            return 0;
        }
        return new BetaDistribution(null, k, n - k + 1, ACCURACY).inverseCumulativeProbability(alpha);
    }

    /** P(p ≤ upper) ≥ 1 − alpha. */
    public static double upper(long k, long n, double alpha) {
        check(k, n, alpha);
        if (k == n) {
            return 1;
        }
        return new BetaDistribution(null, k + 1, n - k, ACCURACY).inverseCumulativeProbability(1 - alpha);
    }

    private static void check(long k, long n, double alpha) {
        if (n < 1 || k < 0 || k > n) {
            throw new IllegalArgumentException("k=" + k + ", n=" + n + ", allowed: 0 <= k <= n, n >= 1");
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha=" + alpha + ", allowed: (0, 0.5)");
        }
    }
}
