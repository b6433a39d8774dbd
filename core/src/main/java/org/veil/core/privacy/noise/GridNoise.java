package org.veil.core.privacy.noise;

/**
 * The shared body of both noise sources: validate, round each value to the grid of
 * {@link NoiseGrid}, add an exact discrete Gaussian or discrete Laplace number of grid steps.
 * The sources differ only in the {@link RandomBits} they pass.
 *
 * <p>Stateless; thread safety is that of the {@link RandomBits} passed in.
 *
 * <p>References: Canonne, Kamath and Steinke, NeurIPS 2020, Algorithms 2 and 3; Mironov, CCS 2012
 * (the snapping mechanism: release only values on a power-of-two grid).
 */
final class GridNoise {

    /** |steps| must stay below 2^53 so that steps * g is exact (with scale / g < 2^41, never in practice). */
    private static final long MAX_STEPS = 1L << 53;

    private GridNoise() {
    }

    /** values[i] := g * (rint(values[i] / g) + Z_i), Z_i ~ N_Z(0, (sd / g)^2) independent. */
    static void addGaussian(double[] values, double standardDeviation, RandomBits bits) {
        double g = NoiseGrid.checkedGranularity("standardDeviation", standardDeviation);
        NoiseGrid.checkFinite(values);
        // sd / g is exact (g is a power of two) and lies in [2^40, 2^41).
        DiscreteGaussianSampler sampler = new DiscreteGaussianSampler(standardDeviation / g);
        for (int i = 0; i < values.length; i++) {
            long steps = checkSteps(sampler.sample(bits));
            values[i] = NoiseGrid.place(NoiseGrid.round(values[i], g), steps, g);
        }
    }

    /** values[i] := g * (rint(values[i] / g) + Z_i), P(Z_i = z) ∝ exp(-|z| g / b) independent. */
    static void addLaplace(double[] values, double scale, RandomBits bits) {
        double g = NoiseGrid.checkedGranularity("scale", scale);
        NoiseGrid.checkFinite(values);
        // b / g is exact and lies in [2^40, 2^41); it is split exactly as t / s for CKS Algorithm 2.
        DiscreteLaplaceSampler sampler = DiscreteLaplaceSampler.ofScale(scale / g);
        for (int i = 0; i < values.length; i++) {
            long steps = checkSteps(sampler.sample(bits));
            values[i] = NoiseGrid.place(NoiseGrid.round(values[i], g), steps, g);
        }
    }

    private static long checkSteps(long steps) {
        if (steps <= -MAX_STEPS || steps >= MAX_STEPS) {
            throw new IllegalStateException("noise steps=" + steps + ", allowed: |steps| < 2^53"
                    + " (probability below exp(-4000); report it)");
        }
        return steps;
    }
}
