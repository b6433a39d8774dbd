package org.veil.federated.aggregate;

import java.util.List;

/**
 * FedAvg's aggregate (McMahan et al. 2017, "Communication-Efficient Learning of Deep Networks from
 * Decentralized Data", AISTATS, Alg. 1): the mean of the deltas weighted by the clients' example
 * counts n_k, or the plain mean when built unweighted. Not robust: one client can move it anywhere.
 *
 * <p>Cost O(n·d) time, O(d) memory. Thread safety: immutable. Randomness: none; the parallel variant
 * sums the clients in the same order per coordinate, so it equals the serial one bit for bit.
 */
public final class WeightedMean implements Aggregator {
    private final boolean weighted;
    private final boolean parallel;

    /** Weighted by {@link ClientUpdate#weight()}, serial. */
    public WeightedMean() {
        this(true, false);
    }

    /**
     * @param weighted true: weights n_k as sent; false: every client counts once
     * @param parallel true: coordinate blocks on the common fork-join pool
     */
    public WeightedMean(boolean weighted, boolean parallel) {
        this.weighted = weighted;
        this.parallel = parallel;
    }

    @Override
    public double[] aggregate(List<ClientUpdate> updates) {
        UpdateSet s = UpdateSet.of(updates);
        double total = 0;
        for (int i = 0; i < s.n; i++) {
            total += weighted ? s.weights[i] : 1.0;
        }
        double[] out = new double[s.d];
        double sum = total;
        CoordinateBlocks.forEach(s.d, parallel, (from, to) -> {
            for (int i = 0; i < s.n; i++) {
                double w = weighted ? s.weights[i] : 1.0;
                float[] row = s.rows[i];
                for (int j = from; j < to; j++) {
                    out[j] += w * row[j]; // Σ_k n_k Δ_k (McMahan et al. 2017, Alg. 1)
                }
            }
            for (int j = from; j < to; j++) {
                out[j] /= sum; // ... / Σ_k n_k (McMahan et al. 2017, Alg. 1)
            }
        });
        return out;
    }

    /** True when the clients' weights are used. */
    public boolean weighted() {
        return weighted;
    }

    @Override
    public String name() {
        return "fedavg";
    }
}
