package org.veil.evaluate.audit;

import java.util.Objects;

/**
 * A caller-supplied canary design (for example read from a file written by another tool), to be
 * checked by {@link CanaryDesign#declared}. The declaration must state how the inclusion vector was
 * drawn; the one-run bound is valid only for independent inclusion with probability exactly ½
 * (Steinke, Nasr and Jagielski 2023, section 3: S uniform on {−1, 1}^m).
 *
 * @param kind                 what the canaries are ({@link CanaryKind#MISLABELLED} requires every label to
 *                             differ from the pool's, {@link CanaryKind#UNMODIFIED} every label to equal it)
 * @param rows                 the canaries' row indices in the pool, distinct
 * @param labels               the label each canary is trained (if included) and scored with
 * @param included             whether each canary was put into the training data
 * @param inclusionProbability the declared probability that each canary was included; must be 0.5
 * @param independent          whether the coins were declared independent of each other and of the data;
 *                             must be true
 * @param generator            what drew the coins, e.g. "SecureRandom.nextBoolean per canary"; non-blank
 */
public record InclusionDeclaration(CanaryKind kind, int[] rows, int[] labels, boolean[] included,
        double inclusionProbability, boolean independent, String generator) {

    public InclusionDeclaration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(included, "included");
        Objects.requireNonNull(generator, "generator");
        rows = rows.clone();
        labels = labels.clone();
        included = included.clone();
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public boolean[] included() {
        return included.clone();
    }
}
