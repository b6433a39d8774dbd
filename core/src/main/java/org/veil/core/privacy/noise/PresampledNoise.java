package org.veil.core.privacy.noise;

/**
 * Noise drawn before the values it will be added to, so that a caller can sample it on another
 * thread while the values are still being computed (DP-SGD draws step t+1's noise while step t's
 * gradients are computed). It is exactly what {@link NoiseSource#addGaussian} would have added:
 * the source adds its noise to zeros, which lie on every grid, giving {@code Z·g} with Z the exact
 * discrete sample; {@link #addTo} then releases {@code round(x) + Z·g}, the same double as
 * {@code NoiseGrid.place(round(x), Z, g)} (see docs/noise.md).
 *
 * <p>Single use: a second {@link #addTo} is refused, because reusing noise would void the
 * guarantee. Thread safety: {@link #addTo} is synchronised; the noise itself is immutable until used.
 */
public final class PresampledNoise {
    private final double[] noise;
    private final double granularity;
    private final double scale;
    private boolean used;

    PresampledNoise(double[] noise, double scale) {
        this.noise = noise;
        this.scale = scale;
        this.granularity = NoiseGrid.granularity(scale);
    }

    /** Values this noise covers. */
    public int length() {
        return noise.length;
    }

    /** The noise scale (standard deviation) it was drawn with. */
    public double scale() {
        return scale;
    }

    /**
     * Rounds every value to the grid and adds its noise, in place.
     *
     * @throws IllegalStateException    when this noise was already used
     * @throws IllegalArgumentException when the length differs or a value is not finite
     */
    public synchronized void addTo(double[] values) {
        if (used) {
            throw new IllegalStateException("presampled noise was already added once; noise must never be reused");
        }
        if (values.length != noise.length) {
            throw new IllegalArgumentException("values has " + values.length + " entries, allowed: " + noise.length);
        }
        NoiseGrid.checkFinite(values);
        used = true;
        for (int i = 0; i < values.length; i++) {
            values[i] = NoiseGrid.round(values[i], granularity) + noise[i];
            noise[i] = 0;
        }
    }
}
