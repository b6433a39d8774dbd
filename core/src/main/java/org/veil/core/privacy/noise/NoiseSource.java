package org.veil.core.privacy.noise;

/**
 * Gaussian and Laplace noise for privacy mechanisms.
 *
 * <p><b>Floating-point caveat.</b> Textbook samplers (Box-Muller, inverse-CDF Laplace) computed in
 * floating point do not produce the distributions the privacy proofs assume: their outputs have
 * gaps and irregular low-order bits that depend on the unnoised value, which Mironov (CCS 2012)
 * turned into an attack on Laplace and Jin et al. (IEEE S&amp;P 2022) on Gaussian implementations.
 * Veil therefore never releases {@code x + floatingPointNoise}. Both implementations round the
 * value to a power-of-two grid {@code g} (about {@code 2^-40} of the noise scale) and add an
 * integer multiple of {@code g} drawn from the <em>discrete</em> Gaussian or Laplace distribution
 * with the exact sampler of Canonne, Kamath and Steinke (NeurIPS 2020, Algorithms 1-3). The sum is
 * an exact grid value; converting it to a double or float afterwards is post-processing. See
 * {@code docs/noise.md} for what this changes in the analysis (an L2 sensitivity larger by at most
 * {@code g * sqrt(d)}, reported by {@link #sensitivityInflation}).
 *
 * <p>{@link #secure()} draws its bits from a cryptographically secure generator and cannot be
 * seeded: it is the default for anything that claims a privacy guarantee. {@link #seeded(long)}
 * is reproducible and is meant for experiments and tests; records say which one ran.
 */
public interface NoiseSource {

    /** Adds independent N(0, sd^2) noise to every value, in place, with the grid rounding above. */
    void addGaussian(double[] values, double standardDeviation);

    /**
     * Adds independent Laplace(0, scale) noise to every value, in place, with the grid rounding above.
     * The rounding can add up to {@code g * values.length} to the L1 sensitivity (one step per value).
     */
    void addLaplace(double[] values, double scale);

    /**
     * Gaussian noise for {@code length} values, drawn now and added later with
     * {@link PresampledNoise#addTo}; the result equals what {@link #addGaussian} would produce.
     */
    default PresampledNoise presampleGaussian(int length, double standardDeviation) {
        double[] zeros = new double[length];
        addGaussian(zeros, standardDeviation);
        return new PresampledNoise(zeros, standardDeviation);
    }

    /** One Gaussian sample with mean 0 and the given standard deviation (on the grid). */
    default double gaussian(double standardDeviation) {
        double[] v = new double[1];
        addGaussian(v, standardDeviation);
        return v[0];
    }

    /** One Laplace sample with mean 0 and the given scale b (on the grid). */
    default double laplace(double scale) {
        double[] v = new double[1];
        addLaplace(v, scale);
        return v[0];
    }

    /**
     * The source to use for sub-stream {@code index} (for example the step of a training run), so
     * that work can be resumed at any index and reproduce what an uninterrupted run would have drawn.
     * A seeded source returns a new seeded source whose seed is a fixed function of its own seed and
     * {@code index} (SplitMix64 finaliser; Steele, Lea and Flood, OOPSLA 2014); the secure source has
     * no state to reproduce and returns itself.
     */
    default NoiseSource stream(long index) {
        return this;
    }

    /** True when the bits come from a cryptographically secure, unseedable generator. */
    boolean isSecure();

    /** Short name for records: {@code secure} or {@code seeded}. */
    String name();

    /** The grid step used for noise of this scale: a power of two about 2^-40 of {@code scale}. */
    static double granularity(double scale) {
        return NoiseGrid.granularity(scale);
    }

    /**
     * How much rounding {@code dimension} values to the grid of noise scale {@code scale} can add to
     * their L2 sensitivity: {@code g * sqrt(dimension)}. Rounding moves each coordinate by at most
     * {@code g / 2}, but two neighbouring inputs can be moved in opposite directions, so the
     * difference of the rounded vectors can exceed the difference of the inputs by up to {@code g}
     * per coordinate (e.g. {@code g/2 - e} rounds to 0 and {@code g/2 + e} to {@code g}); see
     * {@code docs/noise.md}. Add it to the sensitivity (clip norm) used in the privacy analysis.
     */
    static double sensitivityInflation(long dimension, double scale) {
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension=" + dimension + ", allowed: >= 0");
        }
        // ||r(x) - r(x')||_2 <= ||x - x'||_2 + ||(r(x) - x) - (r(x') - x')||_2 <= Delta + g sqrt(d).
        return granularity(scale) * Math.sqrt(dimension);
    }

    /** The secure source: CSPRNG-backed, unseedable. */
    static NoiseSource secure() {
        return new SecureNoiseSource();
    }

    /** A reproducible source for experiments and tests; not for releases that claim privacy. */
    static NoiseSource seeded(long seed) {
        return new SeededNoiseSource(seed);
    }
}
