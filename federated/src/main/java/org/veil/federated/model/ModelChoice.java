package org.veil.federated.model;

import java.util.List;

/**
 * The architecture part of a {@link ModelSpec}, before the data's widths are known.
 *
 * @param architecture {@code mlp}, {@code cnn}, {@code mcmahan-cnn} or {@code papernot-cnn}
 * @param hidden       MLP hidden widths (none = logistic regression)
 * @param activation   MLP activation
 * @param l2           L2 penalty, &gt;= 0
 */
public record ModelChoice(String architecture, List<Integer> hidden, String activation, double l2) {

    public ModelChoice {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        if (!ModelSpec.ARCHITECTURES.contains(architecture)) {
            throw new IllegalArgumentException("--model=" + architecture + ", allowed: "
                    + String.join(", ", ModelSpec.ARCHITECTURES));
        }
    }

    /** Multinomial logistic regression. */
    public static ModelChoice logistic() {
        return new ModelChoice("mlp", List.of(), "relu", 0);
    }

    /** The spec for data of these widths, initialised from {@code seed}. */
    public ModelSpec spec(int numFeatures, int numClasses, long seed) {
        return new ModelSpec(architecture, hidden, activation, numFeatures, numClasses, l2, seed);
    }
}
