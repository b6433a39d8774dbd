package org.veil.federated.optim;

/**
 * FedAdam (Reddi et al. 2021, Alg. 2): v_t = β2·v_{t−1} + (1 − β2)·Δ_t², without bias correction.
 *
 * <p>Thread safety: mutable, not thread-safe. Randomness: none.
 */
public final class FedAdam extends AdaptiveServerOptimizer {
    private final FedAdamOptions options;

    public FedAdam(FedAdamOptions options) {
        super(options.learningRate(), options.beta1(), options.tau());
        this.options = options;
    }

    @Override
    double secondMoment(double previous, double deltaSquared) {
        double beta2 = options.beta2();
        return beta2 * previous + (1 - beta2) * deltaSquared; // v_t = β2 v_{t−1} + (1 − β2) Δ_t² (Alg. 2)
    }

    /** The options. */
    public FedAdamOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "fedadam";
    }
}
