package org.veil.pate.aggregate;

/**
 * LNMax (Papernot et al. 2017, section 2.1, eq. 1): Laplace noise of scale {@code scale} (the
 * paper's 1/gamma) on every count; each answer is (2 / scale, 0)-DP.
 *
 * @param scale Laplace scale b in votes; &gt; 0 and finite
 */
public record LnMaxOptions(double scale) implements AggregatorOptions {

    public LnMaxOptions {
        AggregatorOptions.checkNoise("scale", scale);
    }

    @Override
    public String name() {
        return "lnmax";
    }
}
