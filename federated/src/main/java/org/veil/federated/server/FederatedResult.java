package org.veil.federated.server;

import java.util.List;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.federated.dp.DpPlan;

/**
 * What a federated run produced.
 *
 * @param parameters      the final global parameters
 * @param rounds          completed rounds
 * @param testAccuracy    final accuracy on the server's test set (NaN without one)
 * @param ledger          the privacy ledger (empty without DP)
 * @param dpPlan          the DP plan, or null without DP
 * @param droppedUpdates  cohort members that sent nothing, over all rounds and attempts
 * @param rejectedUpdates updates rejected by validation, over all rounds and attempts
 * @param history         one summary per completed round
 * @param millis          wall-clock time of the run
 * @param population      clients that could be sampled
 */
public record FederatedResult(float[] parameters, int rounds, double testAccuracy, PrivacyLedger ledger,
        DpPlan dpPlan, int droppedUpdates, int rejectedUpdates, List<RoundSummary> history, long millis,
        int population) {
}
