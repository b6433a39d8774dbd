package org.veil.federated.optim;

/**
 * FedAdagrad (Reddi et al. 2021, Alg. 2): v_t = v_{t−1} + Δ_t².
 *
 * <p>Thread safety: mutable, not thread-safe. Randomness: none.
 */
public final class FedAdagrad extends AdaptiveServerOptimizer {
    private final FedAdagradOptions options;

    public FedAdagrad(FedAdagradOptions options) {
        super(options.learningRate(), options.beta1(), options.tau());
        this.options = options;
    }

    @Override
    double secondMoment(double previous, double deltaSquared) {
        return previous + deltaSquared; // v_t = v_{t−1} + Δ_t² (Reddi et al. 2021, Alg. 2, FedAdagrad)
    }

    /** The options. */
    public FedAdagradOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "fedadagrad";
    }
}
