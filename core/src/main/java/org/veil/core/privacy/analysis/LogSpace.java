package org.veil.core.privacy.analysis;

import org.apache.commons.math3.special.Erf;

/**
 * Arithmetic on numbers held as their natural logarithms, so that sums of terms like
 * {@code exp(1000)} neither overflow nor lose the small ones. Stateless and thread-safe.
 */
public final class LogSpace {
    /** Below this argument Commons Math's erfc (a regularised gamma continued fraction) is used directly. */
    private static final double ASYMPTOTIC_ERFC_FROM = 25.0;
    private static final double HALF_LOG_PI = 0.5 * Math.log(Math.PI);

    private LogSpace() {
    }

    /** log(exp(a) + exp(b)), exact for infinite arguments. */
    public static double add(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double hi = Math.max(a, b);
        return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
    }

    /**
     * log(exp(a) - exp(b)) for a &gt;= b; {@code -Infinity} when they are equal.
     *
     * @throws IllegalArgumentException when b &gt; a (the difference would be negative)
     */
    public static double sub(double a, double b) {
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        if (b > a) {
            throw new IllegalArgumentException("log-space subtraction would go negative: a=" + a + ", b=" + b);
        }
        if (a == b) {
            return Double.NEGATIVE_INFINITY;
        }
        return a + Math.log(-Math.expm1(b - a));
    }

    /**
     * log(erfc(x)) for any real x, accurate in the far right tail where erfc underflows.
     * For x &gt;= 25 the asymptotic expansion erfc(x) ~ exp(-x^2)/(x sqrt(pi)) (1 - 1/(2x^2) + 3/(4x^4) - ...)
     * is used (Abramowitz and Stegun 7.1.23); its truncation error there is below 1e-16 relative.
     */
    public static double logErfc(double x) {
        if (x < ASYMPTOTIC_ERFC_FROM) {
            return Math.log(Erf.erfc(x));
        }
        double inv2 = 1.0 / (x * x);
        // A&S 7.1.23: series in (2x^2)^-n with coefficients (2n-1)!!, alternating signs.
        double series = 1 - inv2 / 2 * (1 - 3 * inv2 / 2 * (1 - 5 * inv2 / 2 * (1 - 7 * inv2 / 2 * (1 - 9 * inv2 / 2))));
        return -x * x - Math.log(x) - HALF_LOG_PI + Math.log(series);
    }
}
