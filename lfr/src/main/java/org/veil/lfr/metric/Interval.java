package org.veil.lfr.metric;

/**
 * A bootstrap confidence interval.
 *
 * @param low       lower end
 * @param high      upper end
 * @param undefined resamples where the statistic was undefined (NaN, e.g. an empty group) and skipped
 */
public record Interval(double low, double high, int undefined) {
}
