package org.veil.pate.analysis;

import org.veil.core.privacy.analysis.AggregatorRdp;
import org.veil.core.privacy.analysis.NormalTail;

/**
 * RDP of the noisy threshold check, step 1 of Confident-GNMax and Interactive-GNMax (Papernot et al.
 * 2018, Algorithms 1 and 2): is {@code s + N(0, sigma1^2) >= T}, where s is the checked statistic
 * ({@code max_j n_j} for Confident-GNMax, {@code max_j (n_j - M p_j)} for Interactive-GNMax).
 *
 * <p>One teacher's vote changes s by at most 1 (sensitivity 1, half of GNMax's sqrt 2 in L2 terms),
 * so the check is a Gaussian mechanism with RDP alpha / (2 sigma1^2) = alpha / (sqrt(2) sigma1)^2,
 * and its two outcomes let Theorem 6 apply with q = min(Pr[answered], Pr[not answered]) and
 * sigma = sqrt(2) sigma1 (2018, section 4.2; as the authors' {@code compute_rdp_threshold}).
 *
 * <p>The statistic is used exactly, not rounded: the RDP bound holds for the exact value (the authors
 * round it to an integer to simplify their smooth-sensitivity code; see {@code docs/pate-analysis.md}).
 * Stateless and thread-safe; no randomness.
 */
public final class ThresholdRdp {
    private static final double SQRT2 = Math.sqrt(2);

    private ThresholdRdp() {
    }

    /** log Pr[s + N(0, sigma1^2) &gt;= T] = log Q((T - s) / sigma1) (2018, Algorithm 1 step 1). */
    public static double logPrAnswered(double threshold, double sigma1, double statistic) {
        return NormalTail.logSurvival((threshold - statistic) / sigma1); // 2018, Alg 1: Pr[max + N(0, s1^2) >= T]
    }

    /** The Confident-GNMax statistic: the plurality count max_j n_j (2018, Algorithm 1). */
    public static double confidentStatistic(int[] counts) {
        int max = counts[0];
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    /**
     * The Interactive-GNMax statistic max_j (n_j - b_j), b_j = M p_j the student's baseline
     * (2018, Algorithm 2 step 1), exact.
     */
    public static double interactiveStatistic(int[] counts, double[] baseline) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < counts.length; j++) {
            max = Math.max(max, counts[j] - baseline[j]); // 2018, Alg 2: max_j (n_j - M p_j)
        }
        return max;
    }

    /** The data-independent bound alpha / (2 sigma1^2) (Mironov 2017, Proposition 7, sensitivity 1). */
    public static double dataIndependent(double sigma1, double order) {
        return AggregatorRdp.threshold(sigma1, order);
    }

    /**
     * log min(Pr[answered], Pr[not answered]) = log Q(|T - s| / sigma1): the probability of the less likely
     * outcome, Theorem 6's q for a two-outcome mechanism. Computed from the statistic rather than as
     * log(1 - p), so that it stays exact when p is within 1e-300 of 1.
     */
    public static double logQ(double threshold, double sigma1, double statistic) {
        return NormalTail.logSurvival(Math.abs(threshold - statistic) / sigma1); // min(p, 1-p) = Q(|T - s| / sigma1)
    }

    /**
     * The data-dependent RDP of the check at each order: Theorem 6 (2018) with q = min(p, 1 - p) and
     * sigma = sqrt(2) sigma1, never above {@link #dataIndependent}.
     */
    public static double[] dataDependent(double threshold, double sigma1, double statistic, double[] orders) {
        return GnMaxRdp.dataDependent(logQ(threshold, sigma1, statistic), SQRT2 * sigma1, orders);
    }

    /** {@link #dataDependent(double, double, double, double[])} at one order. */
    public static double dataDependent(double threshold, double sigma1, double statistic, double order) {
        return GnMaxRdp.dataDependent(logQ(threshold, sigma1, statistic), SQRT2 * sigma1, order);
    }

    /** The sigma at which Theorem 6 is applied to the check: sqrt(2) sigma1 (sensitivity 1 vs GNMax's 2 counts). */
    static double equivalentSigma(double sigma1) {
        return SQRT2 * sigma1;
    }
}
