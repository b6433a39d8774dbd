package org.veil.dpsgd;

import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.calibrate.Calibration;
import org.veil.core.privacy.calibrate.CalibrationTarget;
import org.veil.core.privacy.calibrate.NoiseCalibrator;

/**
 * The numbers a DP-SGD run fixes before its first step: q, the number of steps and σ.
 *
 * <p>The sample rate is q = B/N with N the true number of training rows, which Veil treats as
 * public (the record says so). It is never taken from a sampler's realised batch sizes, and the
 * averaged gradient divides the noisy sum by the <em>expected</em> batch size qN: dividing by the
 * realised size |B_t| would make the update's scale depend on whether an example was sampled, a
 * data-dependent quantity the Gaussian mechanism's analysis does not cover (Abadi et al. 2016,
 * Algorithm 1 divides by the lot size L = qN; Opacus, "expected_batch_size", same reason).
 *
 * @param rows             N
 * @param sampleRate       q = B / N
 * @param stepsPerEpoch    ⌈N / B⌉
 * @param totalSteps       epochs × stepsPerEpoch
 * @param noiseMultiplier  σ (given, or calibrated)
 * @param delta            δ of the guarantee
 * @param targetEpsilon    the target ε when σ was calibrated, else NaN
 * @param calibratedEpsilon the accountant's ε for totalSteps at σ when calibrated, else NaN
 */
public record DpSgdPlan(int rows, double sampleRate, int stepsPerEpoch, long totalSteps, double noiseMultiplier,
        double delta, double targetEpsilon, double calibratedEpsilon) {

    /**
     * Validates the options against the data size and calibrates σ when a target ε is given.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public static DpSgdPlan of(DpSgdOptions options, int rows, PrivacyAccountant accountant) {
        if (rows < 2) {
            throw new IllegalArgumentException("training data has " + rows + " rows, allowed: >= 2");
        }
        if (options.batchSize() > rows) {
            throw new IllegalArgumentException("batchSize=" + options.batchSize() + " exceeds the " + rows
                    + " training rows, allowed: [1, " + rows + "]");
        }
        PrivacyOptions privacy = options.privacy();
        double delta = privacy.deltaFor(rows);
        if (delta >= 1.0 / rows) {
            throw new IllegalArgumentException("delta=" + delta + " is >= 1/N = " + (1.0 / rows) + " for N=" + rows
                    + " rows; such a delta permits publishing a random record, allowed: < 1/N (default "
                    + PrivacyOptions.defaultDelta(rows) + ")");
        }
        double q = (double) options.batchSize() / rows;
        int perEpoch = (rows + options.batchSize() - 1) / options.batchSize();
        long steps = (long) perEpoch * options.epochs();
        if (privacy.budget() instanceof NoiseBudget.NoiseMultiplier nm) {
            return new DpSgdPlan(rows, q, perEpoch, steps, nm.noiseMultiplier(), delta, Double.NaN, Double.NaN);
        }
        double target = ((NoiseBudget.TargetEpsilon) privacy.budget()).epsilon();
        Calibration c = new NoiseCalibrator(accountant).calibrate(new CalibrationTarget(target, delta, q, steps));
        return new DpSgdPlan(rows, q, perEpoch, steps, c.noiseMultiplier(), delta, target, c.guarantee().epsilon());
    }

    /** The expected logical batch size qN, the divisor of the noisy gradient sum. */
    public double expectedBatchSize() {
        return sampleRate * rows;
    }

    /** Whether σ was calibrated to a target ε (and the run must not exceed it). */
    public boolean hasTarget() {
        return !Double.isNaN(targetEpsilon);
    }
}
