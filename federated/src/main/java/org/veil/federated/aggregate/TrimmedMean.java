package org.veil.federated.aggregate;

import java.util.List;

/**
 * Coordinate-wise β-trimmed mean (Yin et al. 2018, "Byzantine-Robust Distributed Learning: Towards
 * Optimal Statistical Rates", ICML, §3, Definition 2 / Alg. 1 option II): for every coordinate, drop
 * the b = ⌊β·n⌋ largest and the b smallest client values and average the n − 2b left. Client weights
 * are ignored. Robust while the Byzantine fraction α ≤ β &lt; 1/2 (Yin et al. 2018, §4.2).
 *
 * <p>Cost O(n·d) expected time (two quickselects per coordinate), O(d + n) memory per thread. Thread
 * safety: immutable. Randomness: none; parallel equals serial bit for bit.
 */
public final class TrimmedMean implements Aggregator {
    private final double beta;
    private final boolean parallel;

    /** @param beta β in [0, 0.5): the fraction trimmed at each end (serial) */
    public TrimmedMean(double beta) {
        this(beta, false);
    }

    /**
     * @param beta     β in [0, 0.5): the fraction trimmed at each end
     * @param parallel true: coordinate blocks on the common fork-join pool
     */
    public TrimmedMean(double beta, boolean parallel) {
        this.beta = new TrimmedMeanOptions(beta).beta();
        this.parallel = parallel;
    }

    @Override
    public double[] aggregate(List<ClientUpdate> updates) {
        UpdateSet s = UpdateSet.of(updates);
        int b = trimmed(beta, s.n);
        return CoordinateBlocks.perColumn(s, parallel, column -> trimmedMean(column, b));
    }

    /** b = ⌊β·n⌋, the number dropped at each end (Yin et al. 2018, Definition 2). */
    static int trimmed(double beta, int n) {
        return (int) Math.floor(beta * n);
    }

    /** The mean of {@code column} without its b smallest and b largest values (reorders it). */
    static double trimmedMean(double[] column, int b) {
        int n = column.length;
        if (b > 0) {
            Selection.select(column, 0, n, b); // [0, b) now holds the b smallest
            Selection.select(column, b, n, n - b - 1); // (n − b − 1, n) now holds the b largest
        }
        double sum = 0;
        for (int i = b; i < n - b; i++) {
            sum += column[i];
        }
        return sum / (n - 2 * b); // 1/((1 − 2β)m) Σ_{x ∈ U} x (Yin et al. 2018, Definition 2)
    }

    /** β. */
    public double beta() {
        return beta;
    }

    @Override
    public String name() {
        return "trimmed-mean";
    }
}
