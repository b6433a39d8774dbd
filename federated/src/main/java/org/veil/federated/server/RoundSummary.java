package org.veil.federated.server;

import java.util.Map;

/**
 * What one completed round did.
 *
 * @param round       0-based round number
 * @param attempts    attempts it took (1 = no retry)
 * @param cohort      clients asked
 * @param accepted    updates aggregated
 * @param rejected    updates rejected by validation
 * @param dropped     cohort members that sent nothing before the deadline
 * @param testAccuracy accuracy of the new global model on the server's test set, NaN when not evaluated
 * @param facts       aggregation facts (epsilon, clip, rule)
 * @param millis      wall-clock duration of the round
 */
public record RoundSummary(int round, int attempts, int cohort, int accepted, int rejected, int dropped,
        double testAccuracy, Map<String, Object> facts, long millis) {
}
