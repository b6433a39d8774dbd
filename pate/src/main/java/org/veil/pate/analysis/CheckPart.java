package org.veil.pate.analysis;

import org.veil.pate.aggregate.Votes;

/**
 * The threshold check's part of a {@link SensitivityProfile}: per query the checked statistic s, the
 * range [lo, hi] any histogram's statistic can take, the check's RDP and its local sensitivity by
 * distance, and the bounds on Pr[answered] that the expected cost needs.
 *
 * <p>Range: s = max_j (n_j - b_j) is at least -min_j b_j and at least the mean (M - sum_j b_j) / m, and
 * at most M - min_j b_j; the analysis uses [max(-min b, min(0, (M - sum b) / m)), M - min b], which is
 * [0, M] for Confident-GNMax (b = 0), as in the authors' code. When every b_j of a query is a whole
 * number, every reachable s is an integer and the integer lattice is exact; otherwise the real bound of
 * {@link ThresholdSensitivity#onReals} is used. Immutable; thread-safe.
 */
final class CheckPart {
    private final CostCurves.Checked checked;
    private final double order;
    private final boolean dependent;
    private final double[] statistic;
    private final double[] lo;
    private final double[] hi;
    private final boolean[] integer;
    private final ThresholdSensitivity sensitivity;

    private CheckPart(CostCurves.Checked checked, double order, boolean dependent, double[][] ranges, boolean[] integer,
            ThresholdSensitivity sensitivity) {
        this.checked = checked;
        this.order = order;
        this.dependent = dependent;
        this.statistic = ranges[0];
        this.lo = ranges[1];
        this.hi = ranges[2];
        this.integer = integer;
        this.sensitivity = sensitivity;
    }

    static CheckPart of(Votes votes, CostCurves.Checked checked, QueryOutcomes outcomes, double order,
            boolean dependent) {
        int n = votes.queries();
        double[][] ranges = new double[3][n];
        boolean[] integer = new boolean[n];
        double[] zeros = new double[votes.classes()];
        for (int i = 0; i < n; i++) {
            double[] b = checked.interactive() ? outcomes.baselineRow(i) : zeros;
            integer[i] = true;
            double minB = Double.POSITIVE_INFINITY;
            double sumB = 0;
            for (double v : b) {
                integer[i] &= v == Math.rint(v);
                minB = Math.min(minB, v);
                sumB += v;
            }
            int[] row = votes.row(i);
            ranges[0][i] = checked.statistic(row, outcomes, i);
            ranges[1][i] = Math.max(-minB, Math.min(0, (votes.teachers() - sumB) / votes.classes()));
            ranges[2][i] = votes.teachers() - minB;
            if (integer[i]) {
                ranges[1][i] = Math.floor(ranges[1][i]);
                ranges[2][i] = Math.ceil(ranges[2][i]);
            }
        }
        ThresholdSensitivity s = null;
        if (dependent) {
            boolean reals = !allTrue(integer);
            s = ThresholdSensitivity.of(checked.threshold(), checked.sigma1(), order, min(ranges[1]), max(ranges[2]),
                    reals);
        }
        return new CheckPart(checked, order, dependent, ranges, integer, s);
    }

    /** The check's RDP for query i (2018, Thm 6 at sqrt(2) sigma1), or alpha / (2 sigma1^2). */
    double rdp(int i) {
        return dependent ? sensitivity.rdp(statistic[i]) : ThresholdRdp.dataIndependent(checked.sigma1(), order);
    }

    /** Pr[answered] for query i (2018, Algorithm 1 step 1). */
    double prAnswered(int i) {
        return pr(statistic[i]);
    }

    /** The check's local sensitivity by distance, non-decreasing; zeros for the data-independent bound. */
    double[] sensitivity(int i, int distances) {
        if (!dependent) {
            return new double[distances];
        }
        double[] ls = integer[i]
                ? sensitivity.onIntegers((int) statistic[i], (int) lo[i], (int) hi[i], distances)
                : sensitivity.onReals(statistic[i], lo[i], hi[i], distances);
        return SensitivityProfile.runningMax(ls);
    }

    /** d -&gt; the largest Pr[answered] of a neighbour of a histogram within d: p(min(s + d + 1, hi)) (p increases in s). */
    double[] maxPrAnswered(int i, int distances) {
        double[] out = new double[distances];
        for (int d = 0; d < distances; d++) {
            out[d] = pr(Math.min(statistic[i] + d + 1, hi[i]));
        }
        return out;
    }

    /**
     * d -&gt; the largest |p(t) - p(u)| for u within d and |t - u| &lt;= 1: p(u + 1) - p(u) over u in
     * [s - d - 1, s + d], largest at u = T - 1/2 (the normal density peaks at T), else at the nearer end.
     */
    double[] maxPrAnsweredStep(int i, int distances) {
        double[] out = new double[distances];
        for (int d = 0; d < distances; d++) {
            double a = Math.max(statistic[i] - d - 1, lo[i] - 1);
            double b = Math.min(statistic[i] + d, hi[i]);
            double u = Math.min(Math.max(checked.threshold() - 0.5, a), b);
            out[d] = pr(u + 1) - pr(u);
        }
        return out;
    }

    /** Whether some query's statistic is real-valued (fractional baseline). */
    boolean anyReal() {
        return !allTrue(integer);
    }

    /** The smallest log min(p, 1 - p) over every statistic in the range of any query (for the conditions). */
    double lowestLogQ() {
        double far = Math.max(Math.abs(checked.threshold() - (min(lo) - 1)), Math.abs(max(hi) + 1 - checked.threshold()));
        return ThresholdRdp.logQ(0, checked.sigma1(), far);
    }

    CostCurves.Checked checked() {
        return checked;
    }

    private double pr(double s) {
        return Math.exp(ThresholdRdp.logPrAnswered(checked.threshold(), checked.sigma1(), s));
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean v : values) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
