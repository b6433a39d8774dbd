package org.veil.core.privacy.analysis.pld;

/**
 * The pessimistic discretisation of one direction of the subsampled Gaussian: a privacy loss distribution on
 * the grid {c + k h} (c from {@link Anchor}) whose hockey-stick curve lies above the true one for every epsilon, so that every
 * composition of it does too.
 *
 * <p>Each probability mass m at a true loss l in the bucket (e_{k-1}, e_k] is split between the two ends so
 * that both its P-mass and its Q-mass (m e^{-l}) are kept: the upper end gets
 * {@code (m - e^{e_{k-1}} m_Q) / (1 - e^{-h})}. As a function of e^eps the bucket's divergence then becomes the
 * chord of a convex function, which lies above it: this is the "connect the dots" construction of Doroshenko,
 * Ghazi, Kamath, Kumar and Manurangsi 2022 (PETS, section 3, Algorithm 1), and it is a dominating pair, so
 * compositions stay upper bounds (Zhu, Dong and Wang 2022, Theorem 10). Its error is second order in h, where
 * rounding every loss up (Meiser and Mohammadi 2018, privacy buckets) is first order and drifts by h per step.
 *
 * <p>Tails: above the upper truncation point (A-mass at most {@code tail}) the mass goes to the infinity mass
 * (divergence 1: pessimistic; Koskela, Jalko and Honkela 2020, section 3); below the lower one it is moved up to
 * the lowest grid point (larger losses only raise the divergence). A bound of the loss within reach (log(1-q)
 * for REMOVE, -log(1-q) for ADD) replaces the truncation on its side.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
final class ConnectTheDots {

    private ConnectTheDots() {
    }

    /** The pessimistic PMF of {@code pair} on the grid {c + k h}. */
    static LossPmf pessimistic(SubsampledGaussianPair pair, double h, double c, double tail) {
        long[] range = range(pair, h, c, tail);
        long bottom = range[0];
        long top = range[1];
        boolean openBelow = range[2] != 0;
        double[] masses = new double[Math.toIntExact(top - bottom + 1)];
        double[] lower = new double[4];
        double[] upper = new double[4];
        double[] ab = new double[2];
        double denominator = -Math.expm1(-h); // 1 - e^{-h}
        // below c + bottom*h the inverse loss is -Infinity when the grid reaches the loss's lower bound; otherwise
        // the mass below the lowest grid point (a tail) is rounded up onto it
        pair.point(pair.inverseLoss(c + bottom * h), lower);
        if (openBelow) {
            double[] minusInfinity = new double[4];
            pair.point(Double.NEGATIVE_INFINITY, minusInfinity);
            pair.masses(minusInfinity, lower, ab);
            masses[0] += ab[0];
        }
        for (long k = bottom + 1; k <= top; k++) {
            pair.point(pair.inverseLoss(c + k * h), upper);
            pair.masses(lower, upper, ab);
            if (ab[0] > 0) {
                // Doroshenko et al. 2022, Alg. 1: keep P-mass and Q-mass, up = (m_P - e^{e_{k-1}} m_Q)/(1 - e^{-h}),
                // written as m_P (1 - e^{e_{k-1} - lbar}), lbar = log(m_P/m_Q), so e^{e_{k-1}} cannot overflow
                double up = ab[0] * -Math.expm1(c + (k - 1) * h + Math.log(ab[1]) - Math.log(ab[0])) / denominator;
                up = Math.min(ab[0], Math.max(0, up));
                int i = (int) (k - bottom);
                masses[i] += up;
                masses[i - 1] += ab[0] - up;
            }
            double[] swap = lower;
            lower = upper;
            upper = swap;
        }
        double infinity = 0;
        if (range[3] != 0) {
            pair.point(Double.POSITIVE_INFINITY, upper);
            pair.masses(lower, upper, ab);
            infinity = ab[0]; // Koskela et al. 2020, sec. 3: mass beyond the truncation counts fully in delta
        }
        return new LossPmf(h, c, bottom, masses, infinity);
    }

    /**
     * {bottom, top, truncated below, truncated above} on the grid {c + k h}. The grid reaches down to the loss's
     * lower bound when that lies within an interval of the lower tail point (A-mass at most {@code tail} below),
     * else to the tail point, whose grid point then takes the tail (rounded up); bottom is then that point, else
     * the point below the first bucket. Likewise above, where the truncated tail goes to the infinity mass.
     */
    static long[] range(SubsampledGaussianPair pair, double h, double c, double tail) {
        double lowTail = pair.loss(pair.lowerTailPoint(tail));
        double highTail = pair.loss(pair.upperTailPoint(tail));
        boolean truncatedBelow = !(pair.minLoss() >= lowTail - h);
        boolean truncatedAbove = !(pair.maxLoss() <= highTail + h);
        long bottom = truncatedBelow
                ? (long) Math.floor((lowTail - c) / h) : (long) Math.ceil((pair.minLoss() - c) / h) - 1;
        long top = (long) Math.ceil(((truncatedAbove ? highTail : pair.maxLoss()) - c) / h);
        return new long[] {bottom, Math.max(bottom + 1, top), truncatedBelow ? 1 : 0, truncatedAbove ? 1 : 0};
    }
}
