package org.veil.pate.aggregate;

import org.veil.core.privacy.noise.NoiseSource;

/**
 * The shared steps of the noisy-max aggregators: counts as doubles, noise added by the
 * {@link NoiseSource} (exact on its grid), and the index of the largest noisy value, lowest index on
 * ties. Stateless; the noise source is the only randomness.
 */
final class NoisyArgmax {

    private NoisyArgmax() {
    }

    /** argmax_j {n_j + Laplace(b)} (Papernot et al. 2017, section 2.1, eq. 1). */
    static int laplace(int[] counts, double scale, NoiseSource noise) {
        double[] v = asDoubles(counts);
        noise.addLaplace(v, scale); // 2017, eq. 1: n_j(x) + Lap(1/gamma)
        return argmax(v);
    }

    /** argmax_j {n_j + N(0, sigma^2)} (Papernot et al. 2018, section 4.1). */
    static int gaussian(int[] counts, double sigma, NoiseSource noise) {
        double[] v = asDoubles(counts);
        noise.addGaussian(v, sigma); // 2018, section 4.1: n_i(x) + N(0, sigma^2)
        return argmax(v);
    }

    /** {@code statistic + N(0, sigma^2) >= threshold}, the noisy check of 2018 Algorithms 1 and 2. */
    static boolean passes(double statistic, double sigma, double threshold, NoiseSource noise) {
        double[] v = {statistic};
        noise.addGaussian(v, sigma);
        return v[0] >= threshold;
    }

    /** Largest count. */
    static int max(int[] counts) {
        int m = counts[0];
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** Index of the largest value, the lowest index among equal ones. */
    static int argmax(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return best;
    }

    private static double[] asDoubles(int[] counts) {
        double[] v = new double[counts.length];
        for (int j = 0; j < counts.length; j++) {
            v[j] = counts[j];
        }
        return v;
    }
}
