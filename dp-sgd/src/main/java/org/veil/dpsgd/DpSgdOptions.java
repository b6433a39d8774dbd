package org.veil.dpsgd;

import java.util.Objects;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;

/**
 * Hyperparameters of DP-SGD ({@link DpSgdTrainer}). Defaults (no-argument constructor) suit
 * tabular data such as Adult; see docs/dp-sgd.md for measured accuracy.
 *
 * @param network           architecture; default an MLP with one ReLU hidden layer of 64
 * @param epochs            passes over the data (each ⌈N/B⌉ steps), in [1, 10000]; default 20
 * @param batchSize         expected logical batch size B (q = B/N), in [1, 2^24]; default 256
 * @param optimizer         update rule applied to the noisy averaged gradient; default Adam, η = 2e-3
 * @param l2                L2 penalty λ on weights, added after the noise (it does not touch the data),
 *                          in [0, 1]; default 0
 * @param privacy           budget, δ, clipping, accountant and sampling
 * @param physicalBatchSize most rows differentiated at once (memory only: the result does not
 *                          depend on it; "virtual batches"), in [1, 65536]; default 512
 */
public record DpSgdOptions(NetworkSpec network, int epochs, int batchSize, Optimizer optimizer, double l2,
        PrivacyOptions privacy, int physicalBatchSize) {
    public static final int MAX_EPOCHS = 10_000;
    public static final int MAX_BATCH = 1 << 24;
    public static final int MAX_PHYSICAL_BATCH = 65_536;

    public DpSgdOptions {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(privacy, "privacy");
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs=" + epochs + ", allowed: [1, " + MAX_EPOCHS + "]");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize=" + batchSize + ", allowed: [1, " + MAX_BATCH + "]");
        }
        if (!(l2 >= 0 && l2 <= 1)) {
            throw new IllegalArgumentException("l2=" + l2 + ", allowed: [0, 1]");
        }
        if (physicalBatchSize < 1 || physicalBatchSize > MAX_PHYSICAL_BATCH) {
            throw new IllegalArgumentException("physicalBatchSize=" + physicalBatchSize + ", allowed: [1, "
                    + MAX_PHYSICAL_BATCH + "]");
        }
    }

    /** The defaults for tabular data. */
    public DpSgdOptions() {
        this(MlpSpec.relu(64), 20, 256, Optimizer.Adam.withLearningRate(2e-3), 0, new PrivacyOptions(), 512);
    }

    public DpSgdOptions withNetwork(NetworkSpec v) {
        return new DpSgdOptions(v, epochs, batchSize, optimizer, l2, privacy, physicalBatchSize);
    }

    public DpSgdOptions withEpochs(int v) {
        return new DpSgdOptions(network, v, batchSize, optimizer, l2, privacy, physicalBatchSize);
    }

    public DpSgdOptions withBatchSize(int v) {
        return new DpSgdOptions(network, epochs, v, optimizer, l2, privacy, physicalBatchSize);
    }

    public DpSgdOptions withOptimizer(Optimizer v) {
        return new DpSgdOptions(network, epochs, batchSize, v, l2, privacy, physicalBatchSize);
    }

    public DpSgdOptions withL2(double v) {
        return new DpSgdOptions(network, epochs, batchSize, optimizer, v, privacy, physicalBatchSize);
    }

    public DpSgdOptions withPrivacy(PrivacyOptions v) {
        return new DpSgdOptions(network, epochs, batchSize, optimizer, l2, v, physicalBatchSize);
    }

    public DpSgdOptions withPhysicalBatchSize(int v) {
        return new DpSgdOptions(network, epochs, batchSize, optimizer, l2, privacy, v);
    }
}
