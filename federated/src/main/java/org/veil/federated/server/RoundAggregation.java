package org.veil.federated.server;

import java.util.List;
import java.util.Map;
import org.veil.federated.aggregate.ClientUpdate;

/**
 * Turns one round's accepted updates into the next global model: plain or robust aggregation with a
 * server optimiser ({@link PlainRoundAggregation}), or DP-FedAvg ({@link DpRoundAggregation}).
 *
 * <p>Thread safety: called by the round loop only. Implementations keep state that a checkpoint
 * must save (optimiser moments, clip, ledger).
 */
public interface RoundAggregation {

    /**
     * The next global parameters.
     *
     * @param global   this round's global parameters (not modified)
     * @param accepted the accepted updates (possibly empty with DP)
     * @param round    the round number (0-based)
     * @return the new parameters and facts for the log
     */
    Outcome aggregate(float[] global, List<ClientUpdate> accepted, int round);

    /**
     * The next global parameters from the sum of {@code count} clipped updates computed by secure
     * aggregation (null when the secure round failed: DP still accounts the round).
     *
     * @param unclipped how many of the {@code count} updates were within the clip norm before clipping,
     *                  summed securely alongside them (-1 when the round did not carry that count)
     */
    Outcome aggregateSum(float[] global, double[] sum, int count, int unclipped, int round);

    /** Whether a round with fewer than the minimum updates is released anyway (DP: yes, see docs). */
    boolean releasesShortRounds();

    /** The state to checkpoint. */
    AggregationState state();

    /** Restores {@link #state()}. */
    void restore(AggregationState state);

    /**
     * The new global parameters and what to log about the round.
     *
     * @param global the new parameters
     * @param facts  numbers for the round's event (e.g. epsilon, clip)
     */
    record Outcome(float[] global, Map<String, Object> facts) {
    }
}
