package org.veil.lfr.metric;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap confidence intervals (Efron and Tibshirani 1993, "An Introduction to the
 * Bootstrap", Section 13.3): resample the rows with replacement {@code resamples} times, evaluate the
 * statistics on each resample, and take the (1 − level)/2 and (1 + level)/2 quantiles (linear
 * interpolation between order statistics, numpy's default). Resamples where a statistic is NaN are
 * skipped and counted. Randomness: only the given generator. Stateless.
 */
public final class BootstrapIntervals {
    /** Default number of resamples. */
    public static final int RESAMPLES = 1000;
    /** Default confidence level. */
    public static final double LEVEL = 0.95;

    private BootstrapIntervals() {
    }

    /**
     * @param rows      number of rows to resample
     * @param statistic the statistics of the rows given by an index array (may repeat)
     */
    public static Interval[] of(int rows, Function<int[], double[]> statistic, int resamples, double level,
            SplittableRandom random) {
        if (resamples < 10 || resamples > 1_000_000) {
            throw new IllegalArgumentException("resamples=" + resamples + ", allowed: [10, 1000000]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level=" + level + ", allowed: (0, 1)");
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows=" + rows + ", allowed: >= 1");
        }
        double[][] values = null;
        int[] idx = new int[rows];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < rows; i++) {
                idx[i] = random.nextInt(rows);
            }
            double[] s = statistic.apply(idx);
            if (values == null) {
                values = new double[s.length][resamples];
            }
            for (int j = 0; j < s.length; j++) {
                values[j][b] = s[j];
            }
        }
        Interval[] out = new Interval[values.length];
        for (int j = 0; j < values.length; j++) {
            double[] finite = Arrays.stream(values[j]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            int undefined = resamples - finite.length;
            out[j] = finite.length == 0 ? new Interval(Double.NaN, Double.NaN, undefined)
                    : new Interval(quantile(finite, (1 - level) / 2), quantile(finite, (1 + level) / 2), undefined);
        }
        return out;
    }

    /** The q-quantile of sorted values, interpolating linearly between order statistics. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double f = pos - lo;
        if (Double.isInfinite(sorted[lo]) || Double.isInfinite(sorted[hi])) {
            return f < 0.5 ? sorted[lo] : sorted[hi];
        }
        return sorted[lo] + f * (sorted[hi] - sorted[lo]);
    }
}
