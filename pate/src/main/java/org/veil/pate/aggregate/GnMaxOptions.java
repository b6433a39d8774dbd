package org.veil.pate.aggregate;

/**
 * GNMax (Papernot et al. 2018, section 4.1): Gaussian noise N(0, sigma^2) on every count.
 *
 * @param sigma noise standard deviation in votes; &gt; 0 and finite
 */
public record GnMaxOptions(double sigma) implements AggregatorOptions {

    public GnMaxOptions {
        AggregatorOptions.checkNoise("sigma", sigma);
    }

    @Override
    public String name() {
        return "gnmax";
    }
}
