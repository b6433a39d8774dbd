package org.veil.federated.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veil.core.dl4j.Activation;
import org.veil.core.dl4j.CnnSpec;
import org.veil.core.dl4j.ConvNetSpec;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.record.RecordJson;

/**
 * The model every participant of a federation builds: architecture, input and output widths, L2
 * penalty and the seed of the initial weights. The server sends it to clients as JSON
 * ({@link #toJson()}) when they join, and each client checks its own data against it.
 *
 * <p>Architectures: {@code mlp} (the hidden widths; none = multinomial logistic regression),
 * {@code cnn} (the CNN of McMahan et al. 2017, §3: two 5×5 convolutions with 32 and 64 filters, each
 * followed by 2×2 max pooling, a 512-unit dense layer and softmax; here without padding: 582,026
 * parameters), {@code mcmahan-cnn} (the same with the paper's 'same' padding: its 1,663,370 parameters) and
 * {@code papernot-cnn} (the tanh CNN of Papernot et al. 2021, used by DP-SGD). Clients train with
 * plain SGD (no optimiser state travels), at the learning rate of the task.
 *
 * @param architecture {@code mlp}, {@code cnn}, {@code mcmahan-cnn} or {@code papernot-cnn}
 * @param hidden       MLP hidden widths (ignored by the CNNs)
 * @param activation   MLP activation name (lower case)
 * @param numFeatures  input width
 * @param numClasses   number of classes, &gt;= 2
 * @param l2           L2 penalty, &gt;= 0
 * @param initSeed     seed of the initial weights
 */
public record ModelSpec(String architecture, List<Integer> hidden, String activation, int numFeatures,
        int numClasses, double l2, long initSeed) {

    /** Names accepted for {@link #architecture}. */
    public static final List<String> ARCHITECTURES = List.of("mlp", "cnn", "mcmahan-cnn", "papernot-cnn");

    public ModelSpec {
        Objects.requireNonNull(architecture, "architecture");
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        activation = activation == null ? "relu" : activation.toLowerCase(Locale.ROOT);
        if (!ARCHITECTURES.contains(architecture)) {
            throw new IllegalArgumentException("architecture=" + architecture + ", allowed: "
                    + String.join(", ", ARCHITECTURES));
        }
        if (numFeatures < 1) {
            throw new IllegalArgumentException("numFeatures=" + numFeatures + ", allowed: >= 1");
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses=" + numClasses + ", allowed: >= 2");
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2=" + l2 + ", allowed: finite and >= 0");
        }
        network(architecture, hidden, activation).checkInputWidth(numFeatures);
    }

    /** An MLP (no hidden layers: logistic regression). */
    public static ModelSpec mlp(List<Integer> hidden, int numFeatures, int numClasses, long initSeed) {
        return new ModelSpec("mlp", hidden, "relu", numFeatures, numClasses, 0, initSeed);
    }

    /** The architecture as a network description. */
    public NetworkSpec network() {
        return network(architecture, hidden, activation);
    }

    /** A freshly initialised classifier trained by plain SGD at {@code learningRate}. */
    public Dl4jClassifier build(double learningRate) {
        return Dl4jClassifier.initialise(network(), numFeatures, numClasses, new Optimizer.Sgd(learningRate), l2,
                initSeed);
    }

    /** A classifier of this spec holding {@code parameters} (a federation's global model). */
    public Dl4jClassifier build(double learningRate, float[] parameters) {
        Dl4jClassifier model = build(learningRate);
        model.setParameters(parameters);
        return model;
    }

    /** This spec as one line of JSON (what the server sends on join). */
    public String toJson() {
        try {
            return RecordJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model spec", e);
        }
    }

    /**
     * Reads {@link #toJson()}'s output.
     *
     * @throws IllegalArgumentException when the text is not a valid spec (with the reason)
     */
    public static ModelSpec fromJson(String json) {
        try {
            return RecordJson.mapper().readValue(json, ModelSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("model description is not a valid model spec: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static NetworkSpec network(String architecture, List<Integer> hidden, String activation) {
        return switch (architecture) {
            case "cnn" -> new CnnSpec(28, 28, 1, 5, 32, 64, 512, Activation.RELU);
            case "mcmahan-cnn" -> ConvNetSpec.mcmahan2017Mnist();
            case "papernot-cnn" -> ConvNetSpec.papernot2021Mnist();
            default -> new MlpSpec(hidden, activation(activation));
        };
    }

    private static Activation activation(String name) {
        try {
            return Activation.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("activation=" + name + ", allowed: relu, leaky_relu, elu, tanh, sigmoid",
                    e);
        }
    }
}
