package org.veil.core.privacy.analysis.pld;

/**
 * One step's privacy loss distribution cut into buckets (g_j, g_{j+1}], g_j = j * interval, for
 * j = low .. low + upper.length - 1: the mass each bucket has under the upper distribution (the one
 * the loss is sampled from) and under the lower one. The pair of masses of a bucket is an exact
 * post-processing of the mechanism (the bucket's outputs merged into one), so its merged loss
 * log(upper / lower) lies inside the bucket (Meiser and Mohammadi 2018, privacy buckets).
 *
 * @param low        index of the bottom grid point g_low
 * @param interval   the grid spacing h
 * @param upper      upper-distribution mass per bucket
 * @param lower      lower-distribution mass per bucket
 * @param belowMass  upper-distribution mass at losses &lt;= g_low (a truncated tail, or 0)
 * @param aboveMass  upper-distribution mass at losses &gt; g_{low + n} (a truncated tail, or 0)
 */
record LossBuckets(long low, double interval, double[] upper, double[] lower, double belowMass, double aboveMass) {

    int size() {
        return upper.length;
    }

    /** The grid loss g_{low + j}. */
    double gridLoss(long j) {
        return (low + j) * interval;
    }
}
