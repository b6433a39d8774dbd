package org.veil.federated.server;

import org.veil.core.privacy.PrivacyLedger;
import org.veil.federated.optim.ServerOptimizerState;

/**
 * What a {@link RoundAggregation} must carry over a crash: the server optimiser's state (moments,
 * step; as JSON), the current clip norm (DP; NaN without DP) and the privacy ledger (empty without DP).
 *
 * @param optimizer server optimiser state
 * @param clip      current clip norm C
 * @param ledger    what has been released so far
 */
public record AggregationState(ServerOptimizerState optimizer, double clip, PrivacyLedger ledger) {
}
