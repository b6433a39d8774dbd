package org.veil.federated.optim;

/**
 * Server SGD (Reddi et al. 2021, Alg. 1), named {@code fedavg}: η = 1 and no momentum is FedAvg.
 *
 * @param learningRate η, the server learning rate, &gt; 0 (default 1)
 * @param momentum     β1 of heavy-ball momentum (FedAvgM), in [0, 1) (default 0: none)
 */
public record ServerSgdOptions(double learningRate, double momentum) implements ServerOptimizerOptions {

    public ServerSgdOptions {
        ServerOptimizerOptions.checkLearningRate(learningRate);
        ServerOptimizerOptions.checkDecay("momentum", momentum);
    }

    /** FedAvg: η = 1, no momentum. */
    public ServerSgdOptions() {
        this(1.0, 0.0);
    }

    @Override
    public String name() {
        return "fedavg";
    }

    @Override
    public ServerOptimizer create() {
        return new ServerSgd(this);
    }

    /** The same options with η = {@code learningRate}. */
    public ServerSgdOptions withLearningRate(double learningRate) {
        return new ServerSgdOptions(learningRate, momentum);
    }

    /** The same options with β1 = {@code momentum}. */
    public ServerSgdOptions withMomentum(double momentum) {
        return new ServerSgdOptions(learningRate, momentum);
    }
}
