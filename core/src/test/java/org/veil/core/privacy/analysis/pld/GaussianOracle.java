package org.veil.core.privacy.analysis.pld;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Test oracle, independent of the code under test: the exact privacy profile of the Gaussian
 * mechanism with sensitivity 1 and noise sigma (Balle and Wang 2018, Theorem 8),
 * delta(eps) = Phi(1/(2 sigma) - eps sigma) - e^eps Phi(-1/(2 sigma) - eps sigma),
 * computed with Commons Math's {@link NormalDistribution}, and its inverse by bisection.
 */
final class GaussianOracle {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private GaussianOracle() {
    }

    static double delta(double sigma, double eps) {
        return STANDARD.cumulativeProbability(1 / (2 * sigma) - eps * sigma)
                - Math.exp(eps) * STANDARD.cumulativeProbability(-1 / (2 * sigma) - eps * sigma);
    }

    /** The eps with delta(sigma, eps) = delta, by bisection on [0, 200] (delta(eps) is decreasing). */
    static double epsilon(double sigma, double delta) {
        double lo = 0;
        double hi = 200;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (delta(sigma, mid) > delta) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}
