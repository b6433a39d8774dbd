package org.veil.federated.aggregate;

import java.util.Objects;

/**
 * One client's model update for a round: the change {@code delta} = w_local − w_global it proposes,
 * and its aggregation weight (FedAvg: the number of local examples n_k, McMahan et al. 2017, Alg. 1).
 *
 * <p>Thread safety: the array is not copied; treat it as immutable once built.
 *
 * @param clientId who sent it (for logs and robust rules' reports)
 * @param delta    the update, one entry per model parameter
 * @param weight   aggregation weight, finite and &gt; 0
 */
public record ClientUpdate(String clientId, float[] delta, double weight) {
    public ClientUpdate {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(delta, "delta");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight=" + weight + ", allowed: finite and > 0");
        }
    }
}
