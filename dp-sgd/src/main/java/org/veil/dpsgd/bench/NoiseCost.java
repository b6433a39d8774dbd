package org.veil.dpsgd.bench;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * Estimates how many of a private epoch's seconds go to drawing the Gaussian noise: it times
 * {@link NoiseSource#addGaussian} on a vector of the model's length, as one DP-SGD step draws it,
 * a few times after one untimed call, and multiplies the median by the steps of an epoch. The
 * draws are separate from training (they release nothing), so the estimate isolates the noise
 * generator from the gradient work, which the trainer does not time separately.
 *
 * <p>Stateless. Randomness: the draws come from the given source and are discarded.
 */
final class NoiseCost {
    /** Timed draws of one step's noise (after one untimed draw). */
    static final int DRAWS = 3;

    private NoiseCost() {
    }

    /**
     * @param noise         the source the private run used
     * @param dimension     parameters d (values drawn per step)
     * @param scale         σ·C, the standard deviation of each value
     * @param stepsPerEpoch steps of one epoch
     * @return estimated seconds of noise per epoch
     */
    static double secondsPerEpoch(NoiseSource noise, long dimension, double scale, int stepsPerEpoch) {
        double[] v = new double[Math.toIntExact(dimension)];
        noise.addGaussian(v, scale);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            long start = System.nanoTime();
            noise.addGaussian(v, scale);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        return EpochTimes.median(seconds) * stepsPerEpoch;
    }
}
