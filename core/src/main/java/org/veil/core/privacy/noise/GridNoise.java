package org.veil.core.privacy.noise;

import java.util.function.IntFunction;

/**
 * The shared body of both noise sources: validate, round each value to the grid of
 * {@link NoiseGrid}, add an exact discrete Gaussian or discrete Laplace number of grid steps.
 * The sources differ only in the {@link RandomBits} they pass.
 *
 * <p>Stateless and thread-safe; each chunk's bits are used by one thread at a time (see
 * {@link ChunkedNoise}).
 *
 * <p>References: Canonne, Kamath and Steinke, NeurIPS 2020, Algorithms 2 and 3; Mironov, CCS 2012
 * (the snapping mechanism: release only values on a power-of-two grid).
 */
final class GridNoise {

    /** |steps| must stay below 2^53 so that steps * g is exact (with scale / g < 2^41, never in practice). */
    private static final long MAX_STEPS = 1L << 53;

    private GridNoise() {
    }

    /**
     * values[i] := g * (rint(values[i] / g) + Z_i), Z_i ~ N_Z(0, (sd / g)^2) independent; chunks of
     * the array are filled by {@code workers} with the bits that {@code bits} gives for the array's
     * length, asked for only after the arguments are validated (see {@link ChunkedNoise}).
     */
    static void addGaussian(double[] values, double standardDeviation, IntFunction<ChunkedNoise.CallBits> bits,
                            NoiseWorkers workers) {
        double g = NoiseGrid.checkedGranularity("standardDeviation", standardDeviation);
        NoiseGrid.checkFinite(values);
        // sd / g is exact (g is a power of two) and lies in [2^40, 2^41); the sampler is immutable.
        DiscreteGaussianSampler sampler = new DiscreteGaussianSampler(standardDeviation / g);
        ChunkedNoise.fill(values, bits.apply(values.length), (v, from, to, chunkBits) -> {
            for (int i = from; i < to; i++) {
                long steps = checkSteps(sampler.sample(chunkBits));
                v[i] = NoiseGrid.place(NoiseGrid.round(v[i], g), steps, g);
            }
        }, workers);
    }

    /** values[i] := g * (rint(values[i] / g) + Z_i), P(Z_i = z) ∝ exp(-|z| g / b) independent; as above. */
    static void addLaplace(double[] values, double scale, IntFunction<ChunkedNoise.CallBits> bits,
                           NoiseWorkers workers) {
        double g = NoiseGrid.checkedGranularity("scale", scale);
        NoiseGrid.checkFinite(values);
        // b / g is exact and lies in [2^40, 2^41); it is split exactly as t / s for CKS Algorithm 2.
        DiscreteLaplaceSampler sampler = DiscreteLaplaceSampler.ofScale(scale / g);
        ChunkedNoise.fill(values, bits.apply(values.length), (v, from, to, chunkBits) -> {
            for (int i = from; i < to; i++) {
                long steps = checkSteps(sampler.sample(chunkBits));
                v[i] = NoiseGrid.place(NoiseGrid.round(v[i], g), steps, g);
            }
        }, workers);
    }

    private static long checkSteps(long steps) {
        if (steps <= -MAX_STEPS || steps >= MAX_STEPS) {
            throw new IllegalStateException("noise steps=" + steps + ", allowed: |steps| < 2^53"
                    + " (probability below exp(-4000); report it)");
        }
        return steps;
    }
}
