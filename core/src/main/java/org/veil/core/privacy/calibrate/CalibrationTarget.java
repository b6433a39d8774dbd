package org.veil.core.privacy.calibrate;

/**
 * What a noise calibration must achieve: epsilon at most {@code epsilon} at {@code delta} after
 * {@code steps} Poisson-subsampled Gaussian releases at rate {@code sampleRate}.
 *
 * @param epsilon    target epsilon; &gt; 0 and finite
 * @param delta      in (0, 1)
 * @param sampleRate q in (0, 1]
 * @param steps      number of releases; &gt;= 1
 */
public record CalibrationTarget(double epsilon, double delta, double sampleRate, long steps) {

    public CalibrationTarget {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("targetEpsilon=" + epsilon + ", allowed: > 0 and finite");
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: (0, 1)");
        }
        if (!(sampleRate > 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("sampleRate=" + sampleRate + ", allowed: (0, 1]");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps=" + steps + ", allowed: >= 1");
        }
    }
}
