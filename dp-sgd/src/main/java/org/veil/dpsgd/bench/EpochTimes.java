package org.veil.dpsgd.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wall-clock seconds of the epochs of one run, in order, and their summaries. The first epoch is
 * the warm-up (JIT compilation, native library set-up, workspace sizing, the DP run's σ
 * calibration) and is left out of {@link #median()}.
 *
 * <p>Not thread-safe. Randomness: none.
 */
final class EpochTimes {
    private final List<Double> seconds = new ArrayList<>();

    void add(long nanos) {
        seconds.add(nanos / 1e9);
    }

    int size() {
        return seconds.size();
    }

    /** All epochs, warm-up first. */
    List<Double> all() {
        return List.copyOf(seconds);
    }

    /** Median of the epochs after the warm-up; NaN when there are none. */
    double median() {
        return median(seconds.subList(Math.min(1, seconds.size()), seconds.size()));
    }

    /**
     * Median over the rounds after the warm-up of this run's epoch divided by {@code other}'s epoch
     * of the same round (the "paired ratio": both epochs of a round saw about the same machine load).
     */
    double pairedRatio(EpochTimes other) {
        int n = Math.min(size(), other.size());
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            ratios.add(seconds.get(i) / other.seconds.get(i));
        }
        return median(ratios);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
