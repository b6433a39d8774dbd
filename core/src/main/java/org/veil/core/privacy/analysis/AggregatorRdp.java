package org.veil.core.privacy.analysis;

/**
 * Data-independent RDP of the PATE aggregation mechanisms and of the smooth-sensitivity release of
 * a data-dependent cost, one order at a time. Stateless. Data-dependent bounds, which need the
 * votes, live in the {@code pate} module and reach a ledger as a
 * {@link org.veil.core.privacy.DataDependentRdp}.
 */
public final class AggregatorRdp {

    private AggregatorRdp() {
    }

    /** GNMax: alpha / sigma^2 (Papernot et al. 2018, Proposition 8; L2 sensitivity sqrt(2)). */
    public static double gnMax(double sigma, double order) {
        return order / (sigma * sigma); // 2018, Prop 8
    }

    /**
     * The noisy threshold check, a Gaussian mechanism on a sensitivity-1 statistic:
     * alpha / (2 sigma^2) (Mironov 2017, Proposition 7; 2018, Algorithm 1 step 1).
     */
    public static double threshold(double sigma, double order) {
        return order / (2 * sigma * sigma); // Mironov 2017, Prop 7 with sensitivity 1
    }

    /**
     * A pure epsilon-DP mechanism (LNMax): min(epsilon, alpha epsilon^2 / 2). The first term is
     * the Renyi divergence bounded by the max divergence (Mironov 2017, Proposition 3 discussion:
     * D_alpha &lt;= D_infinity); the second is Bun and Steinke 2016, Proposition 3.3 (epsilon-DP implies
     * epsilon^2/2-zCDP).
     */
    public static double pureDp(double epsilon, double order) {
        return Math.min(epsilon, 0.5 * epsilon * epsilon * order); // Bun & Steinke 2016, Prop 3.3
    }

    /**
     * The GNSS release (2018, Appendix C.1, Theorem 23):
     * alpha e^(2 beta) / sigma^2 + (beta alpha - ln(1 - 2 alpha beta) / 2) / (alpha - 1),
     * finite for 1 &lt; alpha &lt; 1 / (2 beta); {@code Infinity} at larger orders.
     */
    public static double smoothSensitivityRelease(double beta, double sigma, double order) {
        if (!(order < 1 / (2 * beta))) {
            return Double.POSITIVE_INFINITY;
        }
        return order * Math.exp(2 * beta) / (sigma * sigma)
                + (beta * order - 0.5 * Math.log1p(-2 * order * beta)) / (order - 1); // 2018, Thm 23
    }
}
