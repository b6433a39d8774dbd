package org.veil.cli.dpsgd;

import java.util.List;
import java.util.Locale;
import org.veil.core.dl4j.Activation;
import org.veil.core.dl4j.ConvNetSpec;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.dpsgd.AccountantKind;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.dpsgd.NoiseBudget;
import org.veil.dpsgd.PrivacyOptions;
import org.veil.dpsgd.Sampling;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The flags of {@code veil dp-sgd train}, turned into a validated {@link DpSgdOptions}. */
public final class DpSgdFlags {

    /** Exactly one of the two ways to set the noise. */
    static final class Budget {
        @Option(names = "--epsilon", paramLabel = "E", required = true,
                description = "Target epsilon: the noise multiplier is calibrated so the run spends at most E.")
        Double epsilon;

        @Option(names = "--noise-multiplier", paramLabel = "S", required = true,
                description = "Noise multiplier sigma (noise std = sigma x max-grad-norm); epsilon is reported.")
        Double noiseMultiplier;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Budget budget;

    @Option(names = "--delta", paramLabel = "D",
            description = "Delta, < 1/N. Default: the largest power of ten below 1/N, at most 1e-5.")
    private Double delta;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "20", description = "Epochs. Default: ${DEFAULT-VALUE}.")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "256",
            description = "Expected batch size (sample rate q = B/N). Default: ${DEFAULT-VALUE}.")
    private int batchSize;

    @Option(names = "--max-grad-norm", paramLabel = "C", defaultValue = "1.0",
            description = "Per-example clipping bound C. Default: ${DEFAULT-VALUE}.")
    private double maxGradNorm;

    @Option(names = "--per-layer-clipping", description = "Clip each layer to C/sqrt(layers) instead of the whole gradient.")
    private boolean perLayer;

    @Option(names = "--lr", paramLabel = "L", defaultValue = "0.002", description = "Learning rate. Default: ${DEFAULT-VALUE}.")
    private double learningRate;

    @Option(names = "--optimizer", paramLabel = "sgd|momentum|adam", defaultValue = "adam",
            description = "sgd, momentum (Nesterov, 0.9) or adam. Default: ${DEFAULT-VALUE}.")
    private String optimizer;

    @Option(names = "--model", paramLabel = "mlp|cnn", defaultValue = "mlp",
            description = "mlp, or cnn (the tanh CNN of Papernot et al. 2021; 28x28 images). Default: ${DEFAULT-VALUE}.")
    private String model;

    @Option(names = "--hidden", split = ",", paramLabel = "WIDTHS", defaultValue = "64",
            description = "MLP hidden layer widths. Default: ${DEFAULT-VALUE}.")
    private List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "relu|tanh|elu|sigmoid|leaky_relu", defaultValue = "relu",
            description = "MLP hidden activation; tanh often trains better under DP (Papernot et al. 2021). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String activation;

    @Option(names = "--accountant", paramLabel = "rdp|pld", defaultValue = "rdp",
            description = "Accountant that calibrates sigma and gives the headline epsilon (both are reported). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String accountant;

    @Option(names = "--sampling", paramLabel = "poisson|shuffle", defaultValue = "poisson",
            description = "Batch sampling; shuffle gives NO certified epsilon. Default: ${DEFAULT-VALUE}.")
    private String sampling;

    @Option(names = "--physical-batch-size", paramLabel = "P", defaultValue = "512",
            description = "Most rows differentiated at once (memory only). Default: ${DEFAULT-VALUE}.")
    private int physicalBatch;

    /** The validated options for data with {@code numFeatures} columns. */
    public DpSgdOptions toOptions(int numFeatures) {
        NoiseBudget b = budget.epsilon != null ? new NoiseBudget.TargetEpsilon(budget.epsilon)
                : new NoiseBudget.NoiseMultiplier(budget.noiseMultiplier);
        PrivacyOptions privacy = new PrivacyOptions(b, delta, maxGradNorm, perLayer,
                choice("--accountant", accountant, AccountantKind.class), choice("--sampling", sampling, Sampling.class));
        return new DpSgdOptions(network(numFeatures), epochs, batchSize, optimizer(), 0, privacy, physicalBatch);
    }

    private NetworkSpec network(int numFeatures) {
        switch (model.toLowerCase(Locale.ROOT)) {
            case "mlp":
                return new MlpSpec(hidden, choice("--activation", activation, Activation.class));
            case "cnn":
                ConvNetSpec cnn = ConvNetSpec.papernot2021Mnist();
                if (numFeatures != cnn.inputWidth()) {
                    throw new IllegalArgumentException("--model cnn needs 28x28 single-channel images (784 features), "
                            + "the data has " + numFeatures + " features");
                }
                return cnn;
            default:
                throw new IllegalArgumentException("--model=" + model + ", allowed: mlp, cnn");
        }
    }

    private Optimizer optimizer() {
        return switch (optimizer.toLowerCase(Locale.ROOT)) {
            case "sgd" -> new Optimizer.Sgd(learningRate);
            case "momentum" -> new Optimizer.Nesterov(learningRate, 0.9);
            case "adam" -> Optimizer.Adam.withLearningRate(learningRate);
            default -> throw new IllegalArgumentException("--optimizer=" + optimizer + ", allowed: sgd, momentum, adam");
        };
    }

    private static <E extends Enum<E>> E choice(String flag, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + "=" + value + ", allowed: "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
