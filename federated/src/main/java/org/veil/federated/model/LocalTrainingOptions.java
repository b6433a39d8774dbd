package org.veil.federated.model;

/**
 * What a client does with the global model in one round (McMahan et al. 2017, Alg. 1, ClientUpdate):
 * E local epochs of minibatch SGD with batch size B and learning rate η, optionally with the FedProx
 * proximal term (μ/2)‖w − w_global‖² (Li et al. 2020, MLSys, §3 eq. 2).
 *
 * @param localEpochs  E, in [1, 1000]
 * @param batchSize    B, in [1, 1 000 000]; a client with fewer rows uses one batch of all of them
 * @param learningRate η, finite and &gt; 0
 * @param proximalMu   μ &gt;= 0 (0 = FedAvg); η·μ must be at most 1
 */
public record LocalTrainingOptions(int localEpochs, int batchSize, double learningRate, double proximalMu) {

    public LocalTrainingOptions {
        if (localEpochs < 1 || localEpochs > 1000) {
            throw new IllegalArgumentException("localEpochs=" + localEpochs + ", allowed: [1, 1000]");
        }
        if (batchSize < 1 || batchSize > 1_000_000) {
            throw new IllegalArgumentException("batchSize=" + batchSize + ", allowed: [1, 1000000]");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate=" + learningRate + ", allowed: finite and > 0");
        }
        if (!(proximalMu >= 0) || learningRate * proximalMu > 1) {
            throw new IllegalArgumentException("proximalMu=" + proximalMu + ", allowed: >= 0 with learningRate x "
                    + "proximalMu <= 1");
        }
    }

    /** McMahan et al.'s MNIST setting: E = 5, B = 10, η = 0.05 (their grid's best for the CNN is near it). */
    public LocalTrainingOptions() {
        this(5, 10, 0.05, 0);
    }

    public LocalTrainingOptions withProximalMu(double mu) {
        return new LocalTrainingOptions(localEpochs, batchSize, learningRate, mu);
    }
}
