package org.veil.federated.aggregate;

/**
 * The coordinate-wise β-trimmed mean (Yin et al. 2018, Definition 2).
 *
 * @param beta β, the fraction dropped at each end of every coordinate, in [0, 0.5); it must be at
 *             least the fraction of Byzantine clients (Yin et al. 2018, §4.2: β ≥ α). Default 0.1
 *             (our choice: tolerates up to ⌊0.1·n⌋ Byzantine clients).
 */
public record TrimmedMeanOptions(double beta) implements AggregationRule {
    /** The default β. */
    public static final double DEFAULT_BETA = 0.1;

    public TrimmedMeanOptions {
        if (!(beta >= 0 && beta < 0.5)) {
            throw new IllegalArgumentException("beta=" + beta + ", allowed: [0, 0.5)");
        }
    }

    /** β = {@value #DEFAULT_BETA}. */
    public TrimmedMeanOptions() {
        this(DEFAULT_BETA);
    }

    @Override
    public String name() {
        return "trimmed-mean";
    }

    @Override
    public Aggregator create(boolean parallel) {
        return new TrimmedMean(beta, parallel);
    }

    /** The same rule with β = {@code beta}. */
    public TrimmedMeanOptions withBeta(double beta) {
        return new TrimmedMeanOptions(beta);
    }
}
