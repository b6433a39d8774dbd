package org.veil.federated.aggregate;

import java.util.List;

/**
 * An aggregation rule for one federated round: it turns the clients' updates into the one update the
 * server applies. The rules here are FedAvg's weighted mean (McMahan et al. 2017, Alg. 1) and the
 * Byzantine-robust coordinate-wise median and trimmed mean (Yin et al. 2018) and (multi-)Krum
 * (Blanchard et al. 2017). Create them from an {@link AggregationRule}.
 *
 * <p>Thread safety: implementations are immutable and thread-safe. Randomness: none; results are
 * deterministic, and the parallel variants return exactly (bit for bit) what the serial ones do.
 */
public interface Aggregator {

    /**
     * The aggregated update: one entry per model parameter.
     *
     * @param updates at least one update, all of the same length, every entry finite
     * @throws IllegalArgumentException when the list is empty, the lengths differ, an entry is not
     *                                  finite, or the rule's own requirement fails (Krum: n &gt; 2f + 2)
     */
    double[] aggregate(List<ClientUpdate> updates);

    /**
     * The aggregated update together with which clients the rule used, for the server's log.
     * Coordinate-wise rules use every client (they discard values per coordinate, not clients).
     */
    default AggregationResult aggregateWithReport(List<ClientUpdate> updates) {
        double[] aggregate = aggregate(updates);
        return new AggregationResult(aggregate, updates.stream().map(ClientUpdate::clientId).toList(), List.of());
    }

    /** The rule's stable name, as on the command line ({@code fedavg}, {@code median}, ...). */
    String name();
}
