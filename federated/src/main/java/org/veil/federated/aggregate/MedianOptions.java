package org.veil.federated.aggregate;

/** The coordinate-wise median (Yin et al. 2018, Definition 1); it has no parameters. */
public record MedianOptions() implements AggregationRule {

    @Override
    public String name() {
        return "median";
    }

    @Override
    public Aggregator create(boolean parallel) {
        return new CoordinateMedian(parallel);
    }
}
