package org.veil.federated.optim;

/**
 * FedAdam (Reddi et al. 2021, Alg. 2).
 *
 * @param learningRate η, the server learning rate, &gt; 0 (default 1e-2)
 * @param beta1        β1, decay of the first moment, in [0, 1) (default 0.9)
 * @param beta2        β2, decay of the second moment, in [0, 1) (default 0.99)
 * @param tau          τ, the adaptivity (degree of adaptivity; v starts at τ²), &gt; 0 (default 1e-3)
 */
public record FedAdamOptions(double learningRate, double beta1, double beta2, double tau)
        implements ServerOptimizerOptions {

    public FedAdamOptions {
        ServerOptimizerOptions.checkLearningRate(learningRate);
        ServerOptimizerOptions.checkDecay("beta1", beta1);
        ServerOptimizerOptions.checkDecay("beta2", beta2);
        ServerOptimizerOptions.checkTau(tau);
    }

    /** The defaults (see {@link ServerOptimizerOptions}). */
    public FedAdamOptions() {
        this(DEFAULT_ADAPTIVE_LEARNING_RATE, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_TAU);
    }

    @Override
    public String name() {
        return "fedadam";
    }

    @Override
    public ServerOptimizer create() {
        return new FedAdam(this);
    }

    /** The same options with η = {@code learningRate}. */
    public FedAdamOptions withLearningRate(double learningRate) {
        return new FedAdamOptions(learningRate, beta1, beta2, tau);
    }

    /** The same options with τ = {@code tau}. */
    public FedAdamOptions withTau(double tau) {
        return new FedAdamOptions(learningRate, beta1, beta2, tau);
    }
}
