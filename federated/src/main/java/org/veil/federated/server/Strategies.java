package org.veil.federated.server;

import org.veil.core.privacy.PrivacyAccountant;
import org.veil.federated.dp.DpFedAvgOptions;
import org.veil.federated.dp.DpPlan;

/**
 * Builds a run's {@link RoundAggregation} from its options: DP-FedAvg when DP is on, else the
 * strategy's rule and server optimiser. Stateless.
 */
final class Strategies {

    private Strategies() {
    }

    /**
     * The DP side of a run.
     *
     * @param options the DP settings
     * @param plan    population, q, z, σ_Δ
     */
    record Dp(DpFedAvgOptions options, DpPlan plan) {
        double currentClip(RoundAggregation aggregation) {
            return ((DpRoundAggregation) aggregation).clip();
        }
    }

    static Dp dp(ServerSetup setup) {
        FederationOptions o = setup.options();
        if (!o.isPrivate()) {
            return null;
        }
        long population = setup.directory().population().size();
        return new Dp(o.dp(), DpPlan.of(o.dp(), population, o.clientsPerRound(), o.rounds()));
    }

    static RoundAggregation aggregation(ServerSetup setup, int dimension, Dp dp) {
        StrategyOptions s = setup.options().strategy();
        if (dp == null) {
            return new PlainRoundAggregation(s.rule().create(dimension >= 100_000), s.optimizer().create());
        }
        PrivacyAccountant accountant = dp.options().accountant().create();
        return new DpRoundAggregation(dp.plan(), dp.options().clipNorm(), dp.options().adaptive(),
                setup.ctx().noise(), s.optimizer().create(), accountant);
    }
}
