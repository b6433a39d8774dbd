package org.veil.federated.server;

import java.util.List;
import org.veil.federated.model.LocalTrainingOptions;

/**
 * One round attempt as the round loop opens it.
 *
 * @param round      0-based round number
 * @param taskId     the attempt's task id
 * @param global     the parameters clients start from (kept, not copied)
 * @param cohort     clients asked to train
 * @param deadline   wall-clock deadline (ms since the epoch)
 * @param local      local training settings
 * @param clientClip L2 bound clients apply to their own update (0 = none)
 * @param seed       base seed of the clients' batch orders
 * @param secure     whether the round runs secure aggregation (tasks come in stages, see {@link SecureRound})
 */
public record RoundPlan(int round, String taskId, float[] global, List<String> cohort, long deadline,
        LocalTrainingOptions local, double clientClip, long seed, boolean secure) {

    public RoundPlan {
        cohort = List.copyOf(cohort);
    }
}
