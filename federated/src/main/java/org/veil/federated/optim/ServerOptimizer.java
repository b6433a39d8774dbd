package org.veil.federated.optim;

/**
 * The server's update rule for a federated round (Reddi et al. 2021, "Adaptive Federated
 * Optimization", ICLR, Alg. 1 "FedOpt"): the aggregated client delta Δ_t (the mean of w_local − w_global)
 * is treated as a negative pseudo-gradient and fed to a server optimiser that moves the global model.
 * FedAvg is server SGD with η = 1 (x ← x + Δ).
 *
 * <p>Thread safety: implementations hold mutable state (moments, step count) and are not thread-safe;
 * one server thread applies the rounds. Randomness: none.
 */
public interface ServerOptimizer {

    /**
     * Moves {@code globalParams} in place by one server step for {@code aggregatedDelta}.
     *
     * @param globalParams    the global model parameters, float32 as the model stores them
     * @param aggregatedDelta the round's aggregate, same length (and the same length every round)
     * @throws IllegalArgumentException when the lengths differ from each other or from the state's
     */
    void apply(float[] globalParams, double[] aggregatedDelta);

    /** A copy of the optimiser's state, for a checkpoint. */
    ServerOptimizerState state();

    /**
     * Replaces the state with a copy of {@code state} (from {@link #state()} of the same kind), so that
     * the next {@link #apply} continues exactly where the saved optimiser would have.
     *
     * @throws IllegalArgumentException when the state is of another kind or its moments are malformed
     */
    void restore(ServerOptimizerState state);

    /** {@code fedavg}, {@code fedadam}, {@code fedyogi} or {@code fedadagrad}: also the state's kind. */
    String name();

    /** Rejects parameters and delta of different lengths. */
    static void checkLengths(float[] globalParams, double[] aggregatedDelta, int stateLength) {
        if (globalParams.length != aggregatedDelta.length) {
            throw new IllegalArgumentException("aggregatedDelta length=" + aggregatedDelta.length
                    + ", allowed: " + globalParams.length + " (the number of model parameters)");
        }
        if (stateLength > 0 && stateLength != globalParams.length) {
            throw new IllegalArgumentException("globalParams length=" + globalParams.length
                    + ", allowed: " + stateLength + " (the length of the optimiser's moments)");
        }
    }
}
