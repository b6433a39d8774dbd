package org.veil.federated.aggregate;

/**
 * FedAvg's mean of the updates (McMahan et al. 2017, Alg. 1).
 *
 * @param weighted true (default): weighted by the clients' example counts n_k; false: plain mean
 */
public record FedAvgOptions(boolean weighted) implements AggregationRule {

    /** Weighted by n_k, as in McMahan et al. 2017, Alg. 1. */
    public FedAvgOptions() {
        this(true);
    }

    @Override
    public String name() {
        return "fedavg";
    }

    @Override
    public Aggregator create(boolean parallel) {
        return new WeightedMean(weighted, parallel);
    }

    /** The same rule with {@code weighted} set. */
    public FedAvgOptions withWeighted(boolean weighted) {
        return new FedAvgOptions(weighted);
    }
}
