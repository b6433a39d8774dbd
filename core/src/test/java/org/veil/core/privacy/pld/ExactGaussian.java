package org.veil.core.privacy.pld;

import org.veil.core.privacy.analysis.Erfc;

/**
 * The exact privacy curve of the Gaussian mechanism with sensitivity 1 and noise sigma (Balle and Wang 2018,
 * "Improving the Gaussian mechanism for differential privacy", Theorem 8):
 * delta(eps) = Phi(1/(2 sigma) - eps sigma) - e^eps Phi(-1/(2 sigma) - eps sigma), the oracle of the PLD tests.
 * Phi comes from Veil's {@link Erfc} (1e-14 relative, checked against mpmath in ErfcTest), in the tail on its own
 * side so that nothing cancels.
 */
final class ExactGaussian {

    private ExactGaussian() {
    }

    static double delta(double sigma, double eps) {
        double a = 1 / (2 * sigma) - eps * sigma;
        double b = -1 / (2 * sigma) - eps * sigma;
        // Balle and Wang 2018, Thm 8, entirely in logs: Phi(b) underflows long before e^eps Phi(b) is negligible
        double logA = logPhi(a);
        double logB = eps + logPhi(b);
        return logB >= logA ? 0 : Math.exp(logA) * -Math.expm1(logB - logA);
    }

    /** log Phi(x) = log(erfc(-x/sqrt 2)/2), finite far into the left tail. */
    static double logPhi(double x) {
        return Math.log(0.5) + Erfc.logErfc(-x / Math.sqrt(2));
    }

    /** The smallest eps &gt;= 0 with delta(eps) &lt;= delta, by bisection to 1e-12 relative. */
    static double epsilon(double sigma, double delta) {
        if (delta(sigma, 0) <= delta) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        while (delta(sigma, hi) > delta) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1e-12 * hi) {
            double mid = 0.5 * (lo + hi);
            if (delta(sigma, mid) > delta) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Phi(x) = erfc(-x/sqrt 2)/2. */
    static double phi(double x) {
        return 0.5 * Erfc.erfc(-x / Math.sqrt(2));
    }
}
