package org.veil.core.privacy.noise;

/**
 * Exact sampler of the discrete Gaussian {@code N_Z(0, sigma^2)}, {@code P(z) ∝ exp(-z^2 / (2 sigma^2))}
 * on the integers, by rejection from the discrete Laplace: Canonne, Kamath and Steinke, "The Discrete
 * Gaussian for Differential Privacy", NeurIPS 2020, Algorithm 3.
 *
 * <p>CKS take sigma^2 rational and compute the acceptance exponent exactly; here sigma is a double
 * and the exponent {@code (|Y| - sigma^2/t)^2 / (2 sigma^2)} is evaluated in double precision
 * (relative error a few times 2^-53), then flipped exactly by {@link BernoulliExp}. No outcome loses
 * its probability mass. Expected Laplace draws per sample: about 1.3 for large sigma (see docs/noise.md).
 *
 * <p>Immutable and thread-safe; the randomness comes from the {@link RandomBits} passed to
 * {@link #sample}.
 */
final class DiscreteGaussianSampler {

    /** Largest sigma accepted: keeps t, |Y| and the result far below 2^53. */
    static final double MAX_SIGMA = 0x1p48;

    private final double sigma;
    private final double sigmaSquaredOverT;
    private final double twoSigmaSquared;
    private final DiscreteLaplaceSampler laplace;

    DiscreteGaussianSampler(double sigma) {
        if (!(sigma > 0) || sigma > MAX_SIGMA) {
            throw new IllegalArgumentException("sigma=" + sigma + ", allowed: (0, 2^48]");
        }
        this.sigma = sigma;
        // CKS Algorithm 3, line 1: t = floor(sigma) + 1.
        long t = (long) Math.floor(sigma) + 1;
        double sigmaSquared = sigma * sigma;
        this.sigmaSquaredOverT = sigmaSquared / t;
        this.twoSigmaSquared = 2 * sigmaSquared;
        this.laplace = new DiscreteLaplaceSampler(1, t);
    }

    double sigma() {
        return sigma;
    }

    /** One draw from N_Z(0, sigma^2). */
    long sample(RandomBits bits) {
        while (true) {
            // CKS Algorithm 3: candidate Y from the discrete Laplace of scale t.
            long y = laplace.sample(bits);
            double gap = Math.abs((double) y) - sigmaSquaredOverT;
            // CKS Algorithm 3: accept with probability exp(-(|Y| - sigma^2/t)^2 / (2 sigma^2)).
            if (BernoulliExp.sample(bits, gap * gap / twoSigmaSquared)) {
                return y;
            }
        }
    }
}
