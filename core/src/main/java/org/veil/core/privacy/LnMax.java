package org.veil.core.privacy;

/**
 * The Laplace NoisyMax aggregator of the first PATE paper (Papernot et al. 2017, "Semi-supervised
 * knowledge transfer for deep learning from private training data", section 2.1, eq. 1): add
 * Laplace noise of scale {@code scale} (1/gamma in the paper) to every vote count and release the
 * largest index. One teacher's vote changing moves two counts by one, so each answer is
 * (2 / scale, 0)-DP (2017, section 3: "2 gamma" per query).
 *
 * @param scale the Laplace scale b (density proportional to exp(-|x| / b)), in votes; &gt; 0 and finite
 */
public record LnMax(double scale) implements Mechanism {

    public LnMax {
        Mechanisms.checkPositive("scale", scale);
    }

    /** The pure-DP epsilon of one answer: 2 / scale (2017, section 3). */
    public double pureEpsilon() {
        return 2 / scale;
    }

    @Override
    public String describe() {
        return "LNMax (Laplace scale=" + scale + ")";
    }
}
