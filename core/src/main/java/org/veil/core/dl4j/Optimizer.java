package org.veil.core.dl4j;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The update rule applied to the (averaged) minibatch gradient. A Veil value: the DL4J updater is
 * created from it inside this package only. Serialised to JSON with a {@code "type"} field
 * ({@code sgd}, {@code nesterov}, {@code adam}) so that records name the rule unambiguously.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Optimizer.Sgd.class, name = "sgd"),
    @JsonSubTypes.Type(value = Optimizer.Nesterov.class, name = "nesterov"),
    @JsonSubTypes.Type(value = Optimizer.Adam.class, name = "adam")
})
public sealed interface Optimizer permits Optimizer.Sgd, Optimizer.Nesterov, Optimizer.Adam {

    /** The step size (η in the papers below). */
    double learningRate();

    /**
     * Plain stochastic gradient descent: θ ← θ − η·g (Robbins and Monro 1951).
     *
     * @param learningRate η, in (0, 10]
     */
    record Sgd(double learningRate) implements Optimizer {
        public Sgd {
            checkLearningRate(learningRate);
        }
    }

    /**
     * SGD with Nesterov momentum as DL4J implements it (Sutskever et al. 2013, section 2, eq. 3-4):
     * v ← μ·v − η·g, θ ← θ − μ·v_prev + (1 + μ)·v.
     *
     * @param learningRate η, in (0, 10]
     * @param momentum     μ, in [0, 1)
     */
    record Nesterov(double learningRate, double momentum) implements Optimizer {
        public Nesterov {
            checkLearningRate(learningRate);
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException("momentum=" + momentum + ", allowed: [0, 1)");
            }
        }
    }

    /**
     * Adam (Kingma and Ba 2015, Algorithm 1).
     *
     * @param learningRate η (α in the paper), in (0, 10]
     * @param beta1        decay of the first-moment estimate, in [0, 1)
     * @param beta2        decay of the second-moment estimate, in [0, 1)
     * @param epsilon      ε added to the denominator, &gt; 0
     */
    record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
        /** The paper's defaults (Kingma and Ba 2015, Algorithm 1). */
        public static final double DEFAULT_BETA1 = 0.9;
        public static final double DEFAULT_BETA2 = 0.999;
        public static final double DEFAULT_EPSILON = 1e-8;

        public Adam {
            checkLearningRate(learningRate);
            if (!(beta1 >= 0 && beta1 < 1)) {
                throw new IllegalArgumentException("beta1=" + beta1 + ", allowed: [0, 1)");
            }
            if (!(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("beta2=" + beta2 + ", allowed: [0, 1)");
            }
            if (!(epsilon > 0 && Double.isFinite(epsilon))) {
                throw new IllegalArgumentException("epsilon=" + epsilon + ", allowed: > 0");
            }
        }

        /** Adam with this learning rate and the paper's defaults for the rest. */
        public static Adam withLearningRate(double learningRate) {
            return new Adam(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
        }
    }

    private static void checkLearningRate(double learningRate) {
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException("learningRate=" + learningRate + ", allowed: (0, 10]");
        }
    }
}
