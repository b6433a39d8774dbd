package org.veil.core.privacy.noise;

import java.util.SplittableRandom;

/**
 * A reproducible noise source for experiments and tests: the same sampling algorithm as
 * {@link SecureNoiseSource} (grid rounding plus the exact CKS discrete samplers, see
 * {@link GridNoise}), but the bits come from {@link SplittableRandom} seeded with the given long,
 * so the same seed gives the same noise on every JDK (SplitMix64, the algorithm documented for
 * {@code SplittableRandom}: Steele, Lea and Flood, OOPSLA 2014). It is predictable by
 * design: never use it for a release that claims privacy.
 *
 * <p><b>Thread safety:</b> not thread-safe (like {@code SplittableRandom}); confine an instance to one
 * thread, or create one per thread with different seeds.
 */
final class SeededNoiseSource implements NoiseSource {

    private final long seed;
    private final WordBuffer bits;

    SeededNoiseSource(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        // Words are taken from SplittableRandom in blocks, in order: the stream depends on the seed only.
        this.bits = new WordBuffer(words -> {
            for (int i = 0; i < words.length; i++) {
                words[i] = random.nextLong();
            }
        });
    }

    @Override
    public void addGaussian(double[] values, double standardDeviation) {
        GridNoise.addGaussian(values, standardDeviation, bits);
    }

    @Override
    public void addLaplace(double[] values, double scale) {
        GridNoise.addLaplace(values, scale, bits);
    }

    @Override
    public NoiseSource stream(long index) {
        // A SplitMix64-style mix of (seed, index): distinct indices give unrelated seeds.
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SeededNoiseSource(z ^ (z >>> 31));
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String name() {
        return "seeded";
    }
}
