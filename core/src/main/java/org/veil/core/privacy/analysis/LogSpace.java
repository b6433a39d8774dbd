package org.veil.core.privacy.analysis;

/**
 * Arithmetic on numbers held as their natural logarithms, so that sums of terms like
 * {@code exp(1000)} neither overflow nor lose the small ones. Stateless and thread-safe.
 */
public final class LogSpace {
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
}
