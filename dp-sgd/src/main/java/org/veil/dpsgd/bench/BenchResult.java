package org.veil.dpsgd.bench;

import java.util.List;

/**
 * What one {@link DpSgdBenchmark} run measured. Timings are wall-clock seconds per epoch, medians
 * over the epochs after the first (warm-up); plain and private epochs ran alternately, round by
 * round, in one JVM, so that both saw about the same machine load.
 *
 * @param task                   the task's name, e.g. {@code mnist-mlp}
 * @param threads                ND4J's effective thread count (libnd4j OpenMP maximum) during the run
 * @param epochs                 epochs of each run (the first is the warm-up)
 * @param trainRows              training rows N
 * @param testRows               test rows the accuracies are measured on
 * @param plainSecondsPerEpoch   median seconds of a non-private epoch
 * @param privateSecondsPerEpoch median seconds of a DP-SGD epoch
 * @param ratio                  privateSecondsPerEpoch / plainSecondsPerEpoch
 * @param pairedRatio            median over rounds of (private epoch / plain epoch of the same round)
 * @param plainTestAccuracy      test accuracy of the non-private network after all epochs
 * @param privateTestAccuracy    test accuracy of the DP-SGD network after all epochs
 * @param epsilon                the DP model's ε at {@code delta} (the trainer's headline accountant, RDP)
 * @param delta                  δ
 * @param noiseMultiplier        σ, calibrated so that the planned epochs spend at most the task's ε
 * @param maxGradNorm            C
 * @param clippedFraction        fraction of examples clipped in the last private epoch
 * @param noiseSecondsPerEpoch   estimated part of a private epoch spent drawing the secure noise
 *                               (timed separately after training, {@link NoiseCost})
 * @param peakMemoryMiB          peak resident memory of the whole process (VmHWM, {@link PeakMemory}),
 *                               both runs together
 * @param plainEpochSeconds      every plain epoch, warm-up first
 * @param privateEpochSeconds    every private epoch, warm-up first
 */
public record BenchResult(String task, int threads, int epochs, int trainRows, int testRows,
        double plainSecondsPerEpoch, double privateSecondsPerEpoch, double ratio, double pairedRatio,
        double plainTestAccuracy, double privateTestAccuracy, double epsilon, double delta, double noiseMultiplier,
        double maxGradNorm, double clippedFraction, double noiseSecondsPerEpoch, double peakMemoryMiB, List<Double> plainEpochSeconds,
        List<Double> privateEpochSeconds) {

    public BenchResult {
        plainEpochSeconds = List.copyOf(plainEpochSeconds);
        privateEpochSeconds = List.copyOf(privateEpochSeconds);
    }
}
