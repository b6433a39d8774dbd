package org.veil.core.privacy;

/**
 * The Gaussian NoisyMax aggregator of PATE (Papernot et al. 2018, "Scalable private learning with
 * PATE", section 4.1): add N(0, sigma^2) to every count of a teachers' vote histogram and release
 * the index of the largest noisy count.
 *
 * <p>Neighbouring relation: one teacher's vote changes (one private record is replaced; teachers are
 * trained on disjoint partitions), which moves two counts by one each, an L2 sensitivity of sqrt(2).
 * Its data-independent RDP is alpha / sigma^2 (2018, Proposition 8); a data-dependent analysis of
 * the votes is recorded as a {@link DataDependentRdp} instead.
 *
 * @param sigma the noise standard deviation, in votes; &gt; 0 and finite
 */
public record GnMax(double sigma) implements Mechanism {

    public GnMax {
        Mechanisms.checkPositive("sigma", sigma);
    }

    @Override
    public String describe() {
        return "GNMax (sigma=" + sigma + ")";
    }
}
