package org.veil.federated.aggregate;

import java.util.List;

/**
 * Coordinate-wise median (Yin et al. 2018, "Byzantine-Robust Distributed Learning: Towards Optimal
 * Statistical Rates", ICML, §3, Definition 1 / Alg. 1 option I): every coordinate of the aggregate is
 * the median of the clients' values of that coordinate; for an even n, the mean of the two middle
 * values. Client weights are ignored. Robust while fewer than half of the clients are Byzantine
 * (Yin et al. 2018, §4.1: α &lt; 1/2).
 *
 * <p>Cost O(n·d) expected time (quickselect per coordinate), O(d + n) memory per thread. Thread
 * safety: immutable. Randomness: none; parallel equals serial bit for bit.
 */
public final class CoordinateMedian implements Aggregator {
    private final boolean parallel;

    /** Serial. */
    public CoordinateMedian() {
        this(false);
    }

    /** @param parallel true: coordinate blocks on the common fork-join pool */
    public CoordinateMedian(boolean parallel) {
        this.parallel = parallel;
    }

    @Override
    public double[] aggregate(List<ClientUpdate> updates) {
        UpdateSet s = UpdateSet.of(updates);
        return CoordinateBlocks.perColumn(s, parallel, CoordinateMedian::median);
    }

    /** The median of {@code column} (reorders it). */
    static double median(double[] column) {
        int n = column.length;
        double upper = Selection.select(column, 0, n, n / 2);
        if (n % 2 == 1) {
            return upper; // med{x_i} for odd n (Yin et al. 2018, Definition 1)
        }
        return 0.5 * (Selection.max(column, 0, n / 2) + upper); // even n: mean of the two middle values
    }

    @Override
    public String name() {
        return "median";
    }
}
