package org.veil.core.privacy;

/**
 * The noisy threshold check of Confident- and Interactive-GNMax (Papernot et al. 2018, Algorithms 1
 * and 2, step 1): is {@code max_j n_j + N(0, sigma^2) >= T}? The checked statistic has sensitivity 1
 * when one teacher's vote changes, so its data-independent RDP is alpha / (2 sigma^2) (the Gaussian
 * mechanism, Mironov 2017, Proposition 7). Only the yes/no outcome is released.
 *
 * @param sigma the noise standard deviation (sigma_1 in the paper), in votes; &gt; 0 and finite
 */
public record NoisyThreshold(double sigma) implements Mechanism {

    public NoisyThreshold {
        Mechanisms.checkPositive("sigma", sigma);
    }

    @Override
    public String describe() {
        return "noisy threshold check (sigma=" + sigma + ")";
    }
}
