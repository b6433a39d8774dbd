package org.veil.federated.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.federated.aggregate.Aggregator;
import org.veil.federated.aggregate.ClientUpdate;
import org.veil.federated.optim.ServerOptimizer;

/**
 * A non-private round: the aggregation rule (FedAvg's weighted mean, or a robust rule) turns the
 * accepted updates into one Δ, and the server optimiser applies it (x ← x + Δ for FedAvg; Reddi et
 * al. 2021, Alg. 2 for the adaptive ones).
 *
 * <p>Thread safety: the round loop only.
 */
public final class PlainRoundAggregation implements RoundAggregation {

    private final Aggregator aggregator;
    private final ServerOptimizer optimizer;

    public PlainRoundAggregation(Aggregator aggregator, ServerOptimizer optimizer) {
        this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
    }

    @Override
    public Outcome aggregate(float[] global, List<ClientUpdate> accepted, int round) {
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("no updates to aggregate");
        }
        double[] delta = aggregator.aggregate(accepted);
        float[] next = global.clone();
        optimizer.apply(next, delta);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("rule", aggregator.name());
        return new Outcome(next, facts);
    }

    @Override
    public Outcome aggregateSum(float[] global, double[] sum, int count, int unclipped, int round) {
        if (sum == null || count < 1) {
            throw new IllegalArgumentException("no sum to aggregate");
        }
        double[] mean = new double[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mean[i] = sum[i] / count; // uniform weights: the server never sees a single update's weight
        }
        float[] next = global.clone();
        optimizer.apply(next, mean);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("rule", "secure-mean");
        return new Outcome(next, facts);
    }

    @Override
    public boolean releasesShortRounds() {
        return false;
    }

    @Override
    public AggregationState state() {
        return new AggregationState(optimizer.state(), Double.NaN, new PrivacyLedger());
    }

    @Override
    public void restore(AggregationState state) {
        optimizer.restore(state.optimizer());
    }
}
