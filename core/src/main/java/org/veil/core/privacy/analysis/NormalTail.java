package org.veil.core.privacy.analysis;

/**
 * The standard normal survival function in log space, and the inverses the PATE smooth-sensitivity
 * analysis needs, accurate far into the tail (log Pr[Z &gt; 40] = -804.6 rather than log 0).
 * Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@code log Pr[Z > x] = log(erfc(x / sqrt 2) / 2)} (Abramowitz and Stegun 26.2.29), through
 *       {@link Erfc#logErfc}, so the tail never underflows.</li>
 *   <li>The inverse of erfc is found from log erfc(x) = log y by Newton's method on the log. log erfc is
 *       strictly decreasing and concave (its derivative -2 exp(-x^2) / (sqrt(pi) erfc x) is minus the
 *       Gaussian inverse Mills ratio, which increases), so every Newton iterate after the first lies on
 *       the right of the root and the iterates decrease monotonically to it: no bracketing is needed.
 *       Commons Math's {@code Erf.erfcInv} computes 1 - y first and so loses all accuracy for y below
 *       about 1e-16; this inverse works for any y down to the smallest log value.</li>
 * </ul>
 */
public final class NormalTail {
    private static final double LN2 = Math.log(2);
    private static final double SQRT2 = Math.sqrt(2);
    private static final double LOG_TWO_OVER_SQRT_PI = Math.log(2 / Math.sqrt(Math.PI));
    private static final int MAX_NEWTON = 200;

    private NormalTail() {
    }

    /**
     * log Pr[Z &gt; x] for Z ~ N(0, 1): log(erfc(x / sqrt 2)) - log 2 (A&amp;S 26.2.29); for x &lt; 0, where
     * the probability is close to 1, log1p(-Pr[Z &gt; -x]) keeps the small result's digits
     * (log Pr[Z &gt; -30] = -4.9e-198, not 0).
     */
    public static double logSurvival(double x) {
        if (x < 0) {
            return Math.log1p(-Math.exp(logSurvival(-x))); // Q(x) = 1 - Q(-x)
        }
        return Erfc.logErfc(x / SQRT2) - LN2; // A&S 26.2.29: Q(x) = erfc(x / sqrt 2) / 2
    }

    /**
     * The x with log Pr[Z &gt; x] = {@code logP}: sqrt(2) erfcinv(2 p), in log space.
     *
     * @param logP in (-Infinity, 0); -Infinity gives +Infinity and 0 gives -Infinity
     */
    public static double inverseLogSurvival(double logP) {
        return SQRT2 * inverseLogErfc(logP + LN2); // A&S 26.2.29 inverted
    }

    /**
     * erfcinv(y) given log y: the x with log erfc(x) = {@code logY}.
     *
     * @param logY in [-Infinity, log 2]; -Infinity gives +Infinity and log 2 gives -Infinity
     * @throws IllegalArgumentException for NaN or logY &gt; log 2 (erfc never exceeds 2)
     */
    public static double inverseLogErfc(double logY) {
        if (Double.isNaN(logY) || logY > LN2) {
            throw new IllegalArgumentException("log y=" + logY + ", allowed: <= log 2 (erfc takes values in (0, 2))");
        }
        if (logY == Double.NEGATIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (logY == LN2) {
            return Double.NEGATIVE_INFINITY;
        }
        if (logY > 0) {
            // erfc(-x) = 2 - erfc(x) (A&S 7.1.9): solve on the right half instead
            return -inverseLogErfc(Math.log(-Math.expm1(logY - LN2)) + LN2);
        }
        return newton(logY, logY < -1 ? Math.sqrt(-logY) : 0.0);
    }

    /** Newton on g(x) = log erfc(x) - logY from x; monotone after the first step (class Javadoc). */
    private static double newton(double logY, double start) {
        double x = start;
        for (int i = 0; i < MAX_NEWTON; i++) {
            double logErfc = Erfc.logErfc(x);
            // d/dx log erfc(x) = -(2 / sqrt pi) exp(-x^2) / erfc(x) (A&S 7.1.19)
            double slope = -Math.exp(LOG_TWO_OVER_SQRT_PI - x * x - logErfc);
            double step = (logErfc - logY) / slope;
            if (i > 0 && step <= 1e-16 * Math.max(1, Math.abs(x))) {
                return x; // after the first step the iterates only decrease: a step this small (or back) is rounding
            }
            x -= step;
        }
        return x;
    }
}
