package org.veil.core.train;

import java.util.Objects;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;

/**
 * Hyperparameters of the non-private baseline ({@link BaselineTrainer}). The defaults (no-argument
 * constructor) were tuned on UCI Adult: see docs/models.md for the measured accuracy.
 *
 * @param network   architecture; default an MLP with ReLU hidden layers 64 and 32
 * @param epochs    passes over the training data, in [1, 10000]; default 10
 * @param batchSize rows per optimiser step, in [1, 1048576]; default 256
 * @param optimizer update rule; default Adam with learning rate 1e-3
 * @param l2        L2 penalty λ on weights (gradient + λ·W), in [0, 1]; default 1e-5
 */
public record BaselineOptions(NetworkSpec network, int epochs, int batchSize, Optimizer optimizer, double l2) {
    public static final int MAX_EPOCHS = 10_000;
    public static final int MAX_BATCH = 1 << 20;

    public BaselineOptions {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimizer, "optimizer");
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs=" + epochs + ", allowed: [1, " + MAX_EPOCHS + "]");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize=" + batchSize + ", allowed: [1, " + MAX_BATCH + "]");
        }
        if (!(l2 >= 0 && l2 <= 1)) {
            throw new IllegalArgumentException("l2=" + l2 + ", allowed: [0, 1]");
        }
    }

    /** The defaults tuned on Adult. */
    public BaselineOptions() {
        this(MlpSpec.relu(64, 32), 10, 256, Optimizer.Adam.withLearningRate(1e-3), 1e-5);
    }

    public BaselineOptions withNetwork(NetworkSpec newNetwork) {
        return new BaselineOptions(newNetwork, epochs, batchSize, optimizer, l2);
    }

    public BaselineOptions withEpochs(int newEpochs) {
        return new BaselineOptions(network, newEpochs, batchSize, optimizer, l2);
    }

    public BaselineOptions withBatchSize(int newBatchSize) {
        return new BaselineOptions(network, epochs, newBatchSize, optimizer, l2);
    }

    public BaselineOptions withOptimizer(Optimizer newOptimizer) {
        return new BaselineOptions(network, epochs, batchSize, newOptimizer, l2);
    }

    public BaselineOptions withL2(double newL2) {
        return new BaselineOptions(network, epochs, batchSize, optimizer, newL2);
    }
}
