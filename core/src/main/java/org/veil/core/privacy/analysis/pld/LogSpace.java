package org.veil.core.privacy.analysis.pld;

/**
 * Sums of exponentials without overflow, for this package only (a private copy, so that the PLD
 * and RDP analyses do not share a helper). Stateless and thread-safe.
 */
final class LogSpace {

    private LogSpace() {
    }

    /** log(exp(a) + exp(b)), exact for -Infinity arguments. */
    static double add(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double hi = Math.max(a, b);
        return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
    }
}
