package org.veil.core.privacy.analysis.pld;

/**
 * One input line of a privacy loss distribution analysis: {@code count} runs of the
 * Poisson-subsampled Gaussian mechanism with L2 sensitivity 1, noise multiplier sigma
 * ({@code noiseMultiplier}) and sampling probability q ({@code sampleRate}).
 *
 * @param noiseMultiplier sigma; &gt; 0 and finite
 * @param sampleRate      q; in (0, 1]
 * @param count           how many times it ran; &gt;= 1
 */
public record GaussianSteps(double noiseMultiplier, double sampleRate, long count) {

    public GaussianSteps {
        if (!(noiseMultiplier > 0) || Double.isInfinite(noiseMultiplier)) {
            throw new IllegalArgumentException("noiseMultiplier=" + noiseMultiplier + ", allowed: > 0 and finite");
        }
        if (!(sampleRate > 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("sampleRate=" + sampleRate + ", allowed: (0, 1]");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count=" + count + ", allowed: >= 1");
        }
    }
}
