package org.veil.core.privacy;

/**
 * The Gaussian mechanism with L2 sensitivity 1 (the sum of clipped contributions divided by the
 * clip norm C) and noise multiplier sigma, applied to a Poisson-subsampled batch in which each
 * record takes part independently with probability q (Abadi et al. 2016, section 3.1;
 * Mironov, Talwar and Zhang 2019, section 3). {@code sampleRate = 1} is the plain Gaussian mechanism.
 *
 * <p>The neighbouring relation is add/remove one record. The analysis is valid only when the batch
 * really is Poisson-sampled: fixed-size shuffled batches are a different mechanism.
 *
 * @param noiseMultiplier sigma, the noise standard deviation divided by the L2 sensitivity; &gt; 0
 * @param sampleRate      q, the probability that a given record is in the batch; in (0, 1]
 */
public record SubsampledGaussian(double noiseMultiplier, double sampleRate) implements Mechanism {

    public SubsampledGaussian {
        if (!(noiseMultiplier > 0) || Double.isInfinite(noiseMultiplier)) {
            throw new IllegalArgumentException("noiseMultiplier=" + noiseMultiplier + ", allowed: > 0 and finite");
        }
        if (!(sampleRate > 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("sampleRate=" + sampleRate + ", allowed: (0, 1]");
        }
    }

    @Override
    public String describe() {
        return sampleRate == 1.0
                ? "Gaussian (sigma=" + noiseMultiplier + ", no subsampling)"
                : "Poisson-subsampled Gaussian (q=" + sampleRate + ", sigma=" + noiseMultiplier + ")";
    }
}
