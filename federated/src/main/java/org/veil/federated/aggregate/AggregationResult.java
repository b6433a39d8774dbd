package org.veil.federated.aggregate;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link Aggregator} produced in one round, and which clients it selected and discarded
 * (Krum discards whole clients; the coordinate-wise rules select them all).
 *
 * <p>Thread safety: the lists are immutable copies; the array is not copied, treat it as owned by the
 * caller.
 *
 * @param aggregate the aggregated update
 * @param selected  the ids of the clients whose updates entered the aggregate, in input order
 * @param discarded the ids of the clients left out, in input order
 */
public record AggregationResult(double[] aggregate, List<String> selected, List<String> discarded) {
    public AggregationResult {
        Objects.requireNonNull(aggregate, "aggregate");
        selected = List.copyOf(selected);
        discarded = List.copyOf(discarded);
    }
}
