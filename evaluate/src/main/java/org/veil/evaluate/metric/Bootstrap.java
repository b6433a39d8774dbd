package org.veil.evaluate.metric;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence intervals for ROC statistics (AUC, TPR at a fixed FPR, advantage):
 * members and non-members are resampled separately with replacement (a stratified bootstrap, so that
 * every replicate keeps both class sizes), the statistic is recomputed on each replicate's
 * {@link RocCurve}, and the interval is the (α/2, 1 − α/2) quantiles of the replicates (Efron and
 * Tibshirani 1993, "An Introduction to the Bootstrap", chapter 13, the percentile interval).
 *
 * <p>Randomness: only the given seed (reproducible). Stateless.
 */
public final class Bootstrap {

    /**
     * A two-sided interval.
     *
     * @param lower      lower end
     * @param upper      upper end
     * @param confidence its nominal coverage
     * @param resamples  replicates used
     * @param seed       the seed of the resampling
     */
    public record Interval(double lower, double upper, double confidence, int resamples, long seed) {
    }

    private Bootstrap() {
    }

    /**
     * @param statistic  e.g. {@code RocCurve::auc} or {@code r -> r.tprAtFpr(0.01)}
     * @param resamples  replicates, in [100, 100000]
     * @param confidence in (0.5, 1)
     */
    public static Interval interval(double[] memberScores, double[] nonMemberScores,
            ToDoubleFunction<RocCurve> statistic, int resamples, double confidence, long seed) {
        if (resamples < 100 || resamples > 100_000) {
            throw new IllegalArgumentException("resamples=" + resamples + ", allowed: [100, 100000]");
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence=" + confidence + ", allowed: (0.5, 1)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            values[b] = statistic.applyAsDouble(RocCurve.of(resample(memberScores, random),
                    resample(nonMemberScores, random)));
        }
        Arrays.sort(values);
        double alpha = 1 - confidence;
        return new Interval(quantile(values, alpha / 2), quantile(values, 1 - alpha / 2), confidence, resamples, seed);
    }

    private static double[] resample(double[] v, SplittableRandom random) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[random.nextInt(v.length)];
        }
        return out;
    }

    // Type-7 sample quantile (Hyndman and Fan 1996, definition 7): linear between order statistics.
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
