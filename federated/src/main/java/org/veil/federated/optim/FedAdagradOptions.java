package org.veil.federated.optim;

/**
 * FedAdagrad (Reddi et al. 2021, Alg. 2). It has no β2: v accumulates Δ².
 *
 * @param learningRate η, the server learning rate, &gt; 0 (default 1e-2)
 * @param beta1        β1, decay of the first moment, in [0, 1) (default 0.9; 0 gives Adagrad without momentum)
 * @param tau          τ, the adaptivity (v starts at τ²), &gt; 0 (default 1e-3)
 */
public record FedAdagradOptions(double learningRate, double beta1, double tau) implements ServerOptimizerOptions {

    public FedAdagradOptions {
        ServerOptimizerOptions.checkLearningRate(learningRate);
        ServerOptimizerOptions.checkDecay("beta1", beta1);
        ServerOptimizerOptions.checkTau(tau);
    }

    /** The defaults (see {@link ServerOptimizerOptions}). */
    public FedAdagradOptions() {
        this(DEFAULT_ADAPTIVE_LEARNING_RATE, DEFAULT_BETA1, DEFAULT_TAU);
    }

    @Override
    public String name() {
        return "fedadagrad";
    }

    @Override
    public ServerOptimizer create() {
        return new FedAdagrad(this);
    }

    /** The same options with η = {@code learningRate}. */
    public FedAdagradOptions withLearningRate(double learningRate) {
        return new FedAdagradOptions(learningRate, beta1, tau);
    }

    /** The same options with τ = {@code tau}. */
    public FedAdagradOptions withTau(double tau) {
        return new FedAdagradOptions(learningRate, beta1, tau);
    }
}
