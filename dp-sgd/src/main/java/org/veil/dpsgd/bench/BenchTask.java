package org.veil.dpsgd.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.veil.core.data.DataSpec;
import org.veil.core.dl4j.ConvNetSpec;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;

/**
 * The benchmark tasks of {@link DpSgdBenchmark}, each with its data, network and tuned DP-SGD
 * hyperparameters (batch 256 for the MLPs, 512 for the CNN, δ = 1e-5 for all; results and how they were tuned are in
 * docs/dp-sgd-bench.md). The non-private run of a task trains the same network with the same
 * update rule ({@link #plainOptimizer()}) on shuffled batches of 256.
 *
 * <p>Thread safety: immutable constants. Randomness: none.
 */
public enum BenchTask {
    /**
     * One-hot Adult (built-in, official split, the CLI's default encoding), MLP with one ReLU
     * hidden layer of 64, two outputs; ε = 1.
     */
    ADULT_MLP("adult-mlp", MlpSpec.relu(64), Optimizer.Adam.withLearningRate(2e-3), null, new Settings(1.0, 1.0, 20, 256)),
    /** MNIST, MLP 784-256-256-10 with ReLU; ε = 3. */
    MNIST_MLP("mnist-mlp", MlpSpec.relu(256, 256), Optimizer.Adam.withLearningRate(1e-3), null, new Settings(1.0, 3.0, 15, 256)),
    /**
     * MNIST, the tanh CNN of Papernot et al. 2021 ({@link ConvNetSpec#papernot2021Mnist()}) with the
     * DP-SGD settings of Tramèr and Boneh 2021 ("Differentially private learning needs better
     * features", appendix, end-to-end CNN on MNIST): SGD with Nesterov momentum 0.9, η = 0.5, C = 0.1,
     * batch 512; ε = 3 over 15 epochs (measured: 97.55% test accuracy, docs/dp-sgd-bench.md). The plain
     * run uses η = 0.05: unclipped gradients are larger, and the private rate makes plain training diverge.
     */
    MNIST_CNN("mnist-cnn", ConvNetSpec.papernot2021Mnist(), new Optimizer.Nesterov(0.5, 0.9),
            new Optimizer.Nesterov(0.05, 0.9), new Settings(0.1, 3.0, 15, 512));

    /** δ of every task's guarantee. */
    public static final double DELTA = 1e-5;

    private final String cliName;
    private final NetworkSpec network;
    private final Optimizer optimizer;
    private final Optimizer plainOptimizer;
    private final double maxGradNorm;
    private final double targetEpsilon;
    private final int defaultEpochs;
    private final int batchSize;

    /** C, target ε, default epochs and expected batch size of a task. */
    private record Settings(double maxGradNorm, double targetEpsilon, int defaultEpochs, int batchSize) {
    }

    BenchTask(String cliName, NetworkSpec network, Optimizer optimizer, Optimizer plainOptimizer, Settings settings) {
        double maxGradNorm = settings.maxGradNorm();
        double targetEpsilon = settings.targetEpsilon();
        int defaultEpochs = settings.defaultEpochs();
        int batchSize = settings.batchSize();
        this.cliName = cliName;
        this.network = network;
        this.optimizer = optimizer;
        this.plainOptimizer = plainOptimizer == null ? optimizer : plainOptimizer;
        this.maxGradNorm = maxGradNorm;
        this.targetEpsilon = targetEpsilon;
        this.defaultEpochs = defaultEpochs;
        this.batchSize = batchSize;
    }

    /** The name on the command line and in results, e.g. {@code adult-mlp}. */
    public String cliName() {
        return cliName;
    }

    public NetworkSpec network() {
        return network;
    }

    /** The update rule of the private run. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The update rule of the plain run: the private one, except for the CNN's learning rate. */
    public Optimizer plainOptimizer() {
        return plainOptimizer;
    }

    /** C, the per-example clipping bound (flat). */
    public double maxGradNorm() {
        return maxGradNorm;
    }

    /** The ε at δ = {@link #DELTA} that σ is calibrated for, over the run's epochs. */
    public double targetEpsilon() {
        return targetEpsilon;
    }

    /** Expected batch size B (private: Poisson with q = B/N; plain: shuffled batches of B). */
    public int batchSize() {
        return batchSize;
    }

    /** Epochs trained (and timed) when the caller does not choose. */
    public int defaultEpochs() {
        return defaultEpochs;
    }

    /** Whether the task reads MNIST (an IDX directory) rather than the built-in Adult data. */
    public boolean usesMnist() {
        return cliName.startsWith("mnist");
    }

    /**
     * The data to load: built-in Adult with the CLI's defaults, or the MNIST IDX directory.
     *
     * @param mnistDir the MNIST directory; required for MNIST tasks, must be null for Adult
     */
    public DataSpec dataSpec(Path mnistDir) {
        if (!usesMnist()) {
            if (mnistDir != null) {
                throw new IllegalArgumentException("mnistDir=" + mnistDir + ", allowed: none for " + cliName
                        + " (it uses the built-in adult data)");
            }
            return DataSpec.of("adult");
        }
        Objects.requireNonNull(mnistDir, "mnistDir (a directory of the four MNIST IDX files) is required for "
                + cliName);
        return DataSpec.of(mnistDir.toString());
    }

    /** The task with this command-line name (case-insensitive). */
    public static BenchTask parse(String name) {
        for (BenchTask t : values()) {
            if (t.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("task=" + name + ", allowed: adult-mlp, mnist-mlp, mnist-cnn");
    }
}
