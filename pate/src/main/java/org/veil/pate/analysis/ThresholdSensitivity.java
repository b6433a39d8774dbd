package org.veil.pate.analysis;

/**
 * Local sensitivity of the threshold check's data-dependent RDP f(s) at one order (Papernot et al.
 * 2018, Appendix B), as a function of the checked statistic s: one teacher's vote moves s by at most
 * 1, so d changes move it by at most d, within the statistic's range [lo, hi].
 *
 * <ul>
 *   <li><b>Integer lattice</b> (Confident-GNMax, and Interactive-GNMax with whole-number baselines):
 *       every reachable s is an integer, and the local sensitivity at s is
 *       max(|f(s+1) - f(s)|, |f(s-1) - f(s)|). {@link #onIntegers} returns, as the authors' code does,
 *       the larger of the values at s - d and s + d (zero once both leave the range).</li>
 *   <li><b>Real statistic</b> (Interactive-GNMax with fractional baselines M p_j): a neighbour's
 *       statistic can be n_k + 1 - b_k for any class k, i.e. anywhere within 1, so stepping by exactly
 *       +-1 (the authors round s instead) would not cover it. {@link #onReals} bounds the sensitivity
 *       over every real s' within d with cells of width 1/16: for s' in [a, a + h] and a neighbour t
 *       within 1, |f(t) - f(s')| is at most the oscillation of f over [a, a + h + 1] or [a - 1, a + h].
 *       f is unimodal with its peak at T (q = min(p, 1-p) peaks there and the RDP bound is
 *       non-decreasing in q when {@link SmoothnessConditions} hold), so an oscillation is exact from
 *       the end points and f(T).</li>
 * </ul>
 * Immutable and thread-safe; no randomness. f is tabulated once per (T, sigma1, order, range).
 */
public final class ThresholdSensitivity {
    private static final int CELLS_PER_VOTE = 16; // h = 1/16: exact in binary

    private final double threshold;
    private final double sigma1;
    private final double order;
    private final int first;
    private final double[] onLattice; // f((first + i) / per)
    private final int per; // lattice points per vote: 16 with cells, else 1
    private final boolean cells;
    private final double peak;

    private ThresholdSensitivity(double threshold, double sigma1, double order, int first, double[] onLattice,
            boolean cells) {
        this.threshold = threshold;
        this.sigma1 = sigma1;
        this.order = order;
        this.first = first;
        this.onLattice = onLattice;
        this.cells = cells;
        this.per = cells ? CELLS_PER_VOTE : 1;
        this.peak = rdp(threshold, sigma1, order, threshold);
    }

    /**
     * Tabulates f on the integers of [lo - 1, hi + 1], or on its 1/16 lattice (which holds the integers)
     * when {@code reals}.
     *
     * @param lo    the smallest statistic any query can reach
     * @param hi    the largest
     * @param reals whether the statistic can take non-integer values
     */
    public static ThresholdSensitivity of(double threshold, double sigma1, double order, double lo, double hi,
            boolean reals) {
        if (!(hi >= lo) || Double.isInfinite(hi - lo)) {
            throw new IllegalArgumentException("statistic range [" + lo + ", " + hi + "], allowed: finite, lo <= hi");
        }
        int per = reals ? CELLS_PER_VOTE : 1;
        int from = (int) Math.floor((lo - 1) * per) - 1;
        int to = (int) Math.ceil((hi + 1) * per) + 1;
        double[] values = new double[to - from + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = rdp(threshold, sigma1, order, (double) (from + i) / per);
        }
        return new ThresholdSensitivity(threshold, sigma1, order, from, values, reals);
    }

    /** f(s): the check's data-dependent RDP at this order (2018, Thm 6 with sigma = sqrt(2) sigma1). */
    public double rdp(double statistic) {
        return rdp(threshold, sigma1, order, statistic);
    }

    private static double rdp(double threshold, double sigma1, double order, double statistic) {
        return ThresholdRdp.dataDependent(threshold, sigma1, statistic, order);
    }

    /**
     * The authors' array for an integer statistic s in the integer range [lo, hi]: entry d is the larger
     * local sensitivity at s - d and s + d; zero for d &gt;= max(s - lo, hi - s).
     */
    public double[] onIntegers(int statistic, int lo, int hi, int distances) {
        double[] ls = new double[distances];
        for (int d = 0; d < Math.min(distances, Math.max(statistic - lo, hi - statistic)); d++) {
            double up = statistic + d <= hi ? atInteger(statistic + d, lo, hi) : Double.NEGATIVE_INFINITY;
            double down = statistic - d >= lo ? atInteger(statistic - d, lo, hi) : Double.NEGATIVE_INFINITY;
            ls[d] = Math.max(up, down);
        }
        return ls;
    }

    private double atInteger(int v, int lo, int hi) {
        double f = f(v * per);
        double below = v > lo ? Math.abs(f((v - 1) * per) - f) : Double.NEGATIVE_INFINITY;
        double above = v < hi ? Math.abs(f((v + 1) * per) - f) : Double.NEGATIVE_INFINITY;
        return Math.max(below, above);
    }

    private double f(int latticeIndex) {
        return onLattice[latticeIndex - first];
    }

    /**
     * For a real statistic s in [lo, hi]: entry d bounds the local sensitivity at every real s' with
     * |s' - s| &lt;= d in the range (non-decreasing in d).
     */
    public double[] onReals(double statistic, double lo, double hi, int distances) {
        if (!cells) {
            throw new IllegalStateException("tabulated on the integers: use onIntegers");
        }
        double[] ls = new double[distances];
        int kLo = cell(statistic);
        int kHi = kLo;
        double max = cellBound(kLo);
        for (int d = 0; d < distances; d++) {
            int newLo = cell(Math.max(statistic - d, lo));
            int newHi = cell(Math.min(statistic + d, hi));
            for (int k = newLo; k < kLo; k++) {
                max = Math.max(max, cellBound(k));
            }
            for (int k = kHi + 1; k <= newHi; k++) {
                max = Math.max(max, cellBound(k));
            }
            kLo = Math.min(kLo, newLo);
            kHi = Math.max(kHi, newHi);
            ls[d] = max;
        }
        return ls;
    }

    private static int cell(double s) {
        return (int) Math.floor(s * CELLS_PER_VOTE);
    }

    /** The bound for statistics s' in cell [k h, (k + 1) h] and neighbours t within 1 (class Javadoc). */
    private double cellBound(int k) {
        return Math.max(oscillation(k, k + 1 + CELLS_PER_VOTE), oscillation(k - CELLS_PER_VOTE, k + 1));
    }

    /** max f - min f over [i h, j h] for unimodal f peaking at T: min at an end, max at T or the nearer end. */
    private double oscillation(int i, int j) {
        double a = f(i);
        double b = f(j);
        double t = threshold * CELLS_PER_VOTE;
        double max = t < i ? a : t > j ? b : peak;
        return max - Math.min(a, b);
    }
}
