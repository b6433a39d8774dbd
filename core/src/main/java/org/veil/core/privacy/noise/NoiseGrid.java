package org.veil.core.privacy.noise;

/**
 * The power-of-two grid on which Veil releases noisy values, and the argument checks shared by both
 * noise sources.
 *
 * <p>For a noise scale {@code s} (a standard deviation or a Laplace scale) the grid step is
 * {@code g = 2^(floor(log2 s) - 40)}, so {@code s / g} lies in {@code [2^40, 2^41)} and is an exact
 * double. A value {@code x} is first rounded to the nearest grid point {@code g * rint(x / g)} (a
 * deterministic function of the data), then an integer number of steps drawn from a discrete
 * distribution is added. Because {@code g} is a power of two, {@code x / g}, {@code k * g} and
 * {@code z * g} are exact; the final sum is exact whenever the true grid value is a double and is
 * otherwise the correctly rounded double of it, i.e. a deterministic function of the exact sample
 * (post-processing). See {@code docs/noise.md}.
 *
 * <p>Stateless and thread-safe; no randomness.
 *
 * <p>References: Mironov, "On significance of the least significant bits for differential privacy",
 * CCS 2012 (the snapping mechanism: release only values on a power-of-two grid); Canonne, Kamath and Steinke, "The Discrete
 * Gaussian for Differential Privacy", NeurIPS 2020.
 */
final class NoiseGrid {

    /** log2 of (scale / grid step), up to the fractional part of log2(scale). */
    static final int GRID_BITS = 40;

    /** Smallest accepted scale: below it the grid step would not be a normal double. */
    static final double MIN_SCALE = 0x1p-980;

    /** Largest accepted scale: above it |noise| (< 2^53 steps) times the step could overflow. */
    static final double MAX_SCALE = 0x1p1000;

    /** Beyond 2^52 steps every double is already a multiple of the step (its ulp is >= g). */
    private static final double ON_GRID_LIMIT = 0x1p52;

    private NoiseGrid() {
    }

    /**
     * The grid step {@code 2^(floor(log2 scale) - 40)} for noise of the given scale.
     *
     * @throws IllegalArgumentException when scale is not finite and positive, or outside
     *                                  [{@link #MIN_SCALE}, {@link #MAX_SCALE}]
     */
    static double granularity(double scale) {
        return checkedGranularity("scale", scale);
    }

    /** {@link #granularity} with the caller's parameter name in the error message. */
    static double checkedGranularity(String name, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(name + "=" + scale + ", allowed: > 0 and finite");
        }
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException(name + "=" + scale + ", allowed: [2^-980, 2^1000]"
                    + " (the grid step 2^-40 * " + name + " must stay a normal double and the noise finite)");
        }
        // Mironov 2012 (snapping): a power-of-two grid tied to the noise scale, here about 2^-40 of it.
        return Math.scalb(1.0, Math.getExponent(scale) - GRID_BITS);
    }

    /** Rejects NaN and infinite values before any value is changed, naming the first bad index. */
    static void checkFinite(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("values=null, allowed: a non-null array of finite values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "]=" + values[i] + ", allowed: finite");
            }
        }
    }

    /**
     * The grid point nearest to {@code x} (ties to even): {@code g * rint(x / g)}, computed exactly.
     * Moves {@code x} by at most {@code g / 2}.
     */
    static double round(double x, double g) {
        if (Math.abs(x) >= ON_GRID_LIMIT * g) {
            // ulp(x) >= g, both powers of two: x is already a multiple of g (and x / g might overflow).
            return x;
        }
        return Math.rint(x / g) * g;
    }

    /**
     * The released value {@code roundedX + steps * g}: exact when the grid value is representable,
     * else its correctly rounded double (a function of the exact sample only).
     */
    static double place(double roundedX, long steps, double g) {
        return roundedX + (double) steps * g;
    }
}
