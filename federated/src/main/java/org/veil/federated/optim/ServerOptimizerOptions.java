package org.veil.federated.optim;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Locale;

/**
 * Which server optimiser a federated run uses, with its hyperparameters (Reddi et al. 2021, Alg. 1-2).
 * Each variant is a validated record; {@link #name()} is the stable lowercase name used on the command
 * line and in records (in JSON it is the {@code type} property).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ServerSgdOptions.class, name = "fedavg"),
    @JsonSubTypes.Type(value = FedAdamOptions.class, name = "fedadam"),
    @JsonSubTypes.Type(value = FedYogiOptions.class, name = "fedyogi"),
    @JsonSubTypes.Type(value = FedAdagradOptions.class, name = "fedadagrad")})
public sealed interface ServerOptimizerOptions
        permits ServerSgdOptions, FedAdamOptions, FedYogiOptions, FedAdagradOptions {

    /** The names {@link #parse} accepts, in this order. */
    List<String> NAMES = List.of("fedavg", "fedadam", "fedyogi", "fedadagrad");

    /** Default β1 of the adaptive variants (Reddi et al. 2021, §5: β1 = 0.9). */
    double DEFAULT_BETA1 = 0.9;
    /** Default β2 of FedAdam and FedYogi (Reddi et al. 2021, §5: β2 = 0.99). */
    double DEFAULT_BETA2 = 0.99;
    /** Default adaptivity τ (inside the range Reddi et al. 2021 tune, §5 and App. D; ours to tune). */
    double DEFAULT_TAU = 1e-3;
    /** Default server learning rate η of the adaptive variants (our choice; the paper tunes η per task). */
    double DEFAULT_ADAPTIVE_LEARNING_RATE = 1e-2;

    /** {@code fedavg}, {@code fedadam}, {@code fedyogi} or {@code fedadagrad}. */
    String name();

    /** A fresh optimiser (zero state) for these options. */
    ServerOptimizer create();

    /**
     * The optimiser named {@code name} (case and surrounding blanks ignored) with default
     * hyperparameters; change them with the record's {@code withX} methods.
     *
     * @throws IllegalArgumentException naming the allowed names
     */
    static ServerOptimizerOptions parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "fedavg" -> new ServerSgdOptions();
            case "fedadam" -> new FedAdamOptions();
            case "fedyogi" -> new FedYogiOptions();
            case "fedadagrad" -> new FedAdagradOptions();
            default -> throw new IllegalArgumentException("server-optimizer=" + name + ", allowed: "
                    + String.join(", ", NAMES));
        };
    }

    /** Rejects a learning rate that is not finite and &gt; 0. */
    static void checkLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate=" + learningRate + ", allowed: > 0 and finite");
        }
    }

    /** Rejects a decay rate outside [0, 1). */
    static void checkDecay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + "=" + value + ", allowed: [0, 1)");
        }
    }

    /** Rejects an adaptivity τ that is not finite and &gt; 0. */
    static void checkTau(double tau) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau=" + tau + ", allowed: > 0 and finite");
        }
    }
}
