package org.veil.pate.analysis;

import org.veil.core.privacy.analysis.AggregatorRdp;
import org.veil.core.privacy.analysis.LogSpace;

/**
 * RDP of one LNMax answer (Papernot et al. 2017, "Semi-supervised knowledge transfer for deep
 * learning from private training data", arXiv 1610.05755): Laplace noise of scale b on every count,
 * each answer (2/b, 0)-DP. The data-dependent bound is the moments bound of 2017 Theorem 3 for a
 * pure-DP mechanism whose likely outcome has probability at least 1 - q, with q from the union bound
 * of 2017 Lemma 4, combined (minimum) with the data-independent bounds, as the authors' 2018 code
 * ({@code rdp_pure_eps}) does.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
public final class LnMaxRdp {
    private static final double LOG_QUARTER = Math.log(0.25);

    private LnMaxRdp() {
    }

    /**
     * log q, an upper bound on log Pr[LNMax(counts) != argmax] (2017, Lemma 4, union bound):
     * q = sum over j != i* of (2 + g_j / b) / 4 * exp(-g_j / b), g_j = n_i* - n_j, capped at 1 - 1/m.
     */
    public static double logQ(int[] counts, double scale) {
        double[] c = new double[counts.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = counts[j];
        }
        int top = GnMaxRdp.argmax(c);
        double sum = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            if (j != top) {
                double gap = (c[top] - c[j]) / scale;
                // 2017, Lemma 4: Pr[n_j + Lap(b) >= n_i* + Lap(b)] = (2 + gap) / 4 * exp(-gap)
                sum = LogSpace.add(sum, Math.log(2 + gap) + LOG_QUARTER - gap);
            }
        }
        return Math.min(sum, Math.log1p(-1.0 / c.length)); // q <= 1 - 1/m, as for GNMax (2018, Prop 7)
    }

    /**
     * The data-dependent RDP at one order for a (pureEpsilon, 0)-DP mechanism whose non-likely outcomes
     * have probability at most q = e^logQ: the minimum of alpha eps^2 / 2 (Bun and Steinke 2016,
     * Proposition 3.3), eps (max divergence) and, when q &lt;= 1 / (e^eps + 1), 2017 Theorem 3:
     * (1 / (alpha - 1)) log((1 - q) ((1 - q) / (1 - e^eps q))^(alpha - 1) + q e^(eps (alpha - 1))).
     */
    public static double dataDependent(double logQ, double pureEpsilon, double order) {
        if (!(order > 1)) {
            throw new IllegalArgumentException("order=" + order + ", allowed: > 1");
        }
        if (!(logQ <= 0)) {
            throw new IllegalArgumentException("log q=" + logQ + ", allowed: <= 0");
        }
        double independent = dataIndependent(pureEpsilon, order);
        // 2017, Thm 3 condition (with 2 gamma = eps): q < (e^(2 gamma) - 1) / (e^(4 gamma) - 1) = 1 / (e^eps + 1)
        if (!(logQ <= -Math.log1p(Math.exp(pureEpsilon)))) {
            return independent;
        }
        double log1q = GnMaxRdp.log1mExp(logQ);
        double first = log1q + (log1q - GnMaxRdp.log1mExp(pureEpsilon + logQ)) * (order - 1); // (1-q)((1-q)/(1-e^eps q))^l
        double second = logQ + pureEpsilon * (order - 1); // q e^(eps l), 2017 Thm 3 with l = alpha - 1
        return Math.min(independent, LogSpace.add(first, second) / (order - 1));
    }

    /** {@link #dataDependent(double, double, double)} at each order. */
    public static double[] dataDependent(double logQ, double pureEpsilon, double[] orders) {
        double[] out = new double[orders.length];
        for (int i = 0; i < orders.length; i++) {
            out[i] = dataDependent(logQ, pureEpsilon, orders[i]);
        }
        return out;
    }

    /** min(eps, alpha eps^2 / 2) (core's {@link AggregatorRdp#pureDp}; Bun and Steinke 2016, Prop 3.3). */
    public static double dataIndependent(double pureEpsilon, double order) {
        return AggregatorRdp.pureDp(pureEpsilon, order);
    }
}
