package org.veil.evaluate.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code veil experiment} runs.
 *
 * @param methods  {@code baseline}, {@code dp-sgd}, {@code pate} and/or {@code lfr}
 * @param epsilons target ε of the private methods, each in (0, 100]
 * @param attacks  attack names: threshold, shadow, lira, lira-offline, rmia
 * @param sizes    members, population and model counts
 * @param models   the targets' training options
 * @param seed     seed of the split, every target, every pool and every attack (all derived from it)
 * @param quick    whether the quick settings were chosen (recorded in the report)
 */
public record ExperimentOptions(List<String> methods, List<Double> epsilons, List<String> attacks,
        ExperimentSizes sizes, ModelSettings models, long seed, boolean quick) {
    /** Methods this module can train. */
    public static final Set<String> METHODS = Set.of("baseline", "dp-sgd", "pate", "lfr", "dp-fedavg");
    /** Attacks this module can run. */
    public static final List<String> ATTACKS = List.of("threshold", "shadow", "lira", "lira-offline", "rmia");

    public ExperimentOptions {
        methods = List.copyOf(methods);
        epsilons = List.copyOf(epsilons);
        attacks = List.copyOf(attacks);
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(models, "models");
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("methods is empty, allowed: one or more of " + METHODS);
        }
        for (String m : methods) {
            if (!METHODS.contains(m)) {
                throw new IllegalArgumentException("method=" + m + ", allowed: baseline, dp-sgd, pate, lfr, dp-fedavg");
            }
        }
        for (double e : epsilons) {
            if (!(e > 0 && e <= 100)) {
                throw new IllegalArgumentException("epsilon=" + e + ", allowed: (0, 100]");
            }
        }
        if ((methods.contains("dp-sgd") || methods.contains("pate") || methods.contains("dp-fedavg"))
                && epsilons.isEmpty()) {
            throw new IllegalArgumentException("epsilons is empty, allowed: one or more values for dp-sgd, pate and "
                    + "dp-fedavg");
        }
        for (String a : attacks) {
            if (!ATTACKS.contains(a)) {
                throw new IllegalArgumentException("attack=" + a + ", allowed: " + String.join(", ", ATTACKS));
            }
        }
        if ((attacks.contains("lira") || attacks.contains("lira-offline")) && sizes.referenceModels() < 4) {
            throw new IllegalArgumentException("referenceModels=" + sizes.referenceModels() + ", allowed: >= 4 for "
                    + "LiRA (2 models with and 2 without every example)");
        }
        if ((attacks.contains("rmia") || attacks.contains("shadow")) && sizes.population() < 4 * sizes.shadowModels()) {
            throw new IllegalArgumentException("population=" + sizes.population() + ", allowed: >= "
                    + 4 * sizes.shadowModels() + " for rmia and shadow (their population samples)");
        }
        checkBatches(attacks, sizes, models);
        if (methods.contains("pate")) {
            checkTeachers(attacks, sizes, models.pate());
        }
    }

    /** Public rows to draw: PATE's, or none without PATE. */
    public int publicRows() {
        return methods.contains("pate") ? models.pate().publicRows() : 0;
    }

    /** Every PATE model (target, reference, shadow) needs at least one private row per teacher. */
    private static void checkTeachers(List<String> attacks, ExperimentSizes sizes, PateSettings pate) {
        if (sizes.members() < pate.teachers()) {
            throw new IllegalArgumentException("members=" + sizes.members() + " with teachers=" + pate.teachers()
                    + ", allowed: members >= teachers (each teacher needs its own rows; lower --teachers)");
        }
        int shadowRows = sizes.population() / (2 * sizes.shadowModels());
        if (attacks.contains("shadow") && shadowRows < pate.teachers()) {
            throw new IllegalArgumentException("population=" + sizes.population() + " with shadowModels="
                    + sizes.shadowModels() + " gives each PATE shadow model " + shadowRows + " private rows, allowed: "
                    + ">= teachers=" + pate.teachers() + " (raise --population or lower --shadow-models or --teachers)");
        }
    }

    /**
     * Refuses sizes whose models would get fewer rows than a batch, before hours of training:
     * targets train on the members, reference models on about as many, shadow models on
     * population / (2 · shadow models).
     */
    private static void checkBatches(List<String> attacks, ExperimentSizes sizes, ModelSettings models) {
        int batch = Math.max(models.baseline().batchSize(), models.dpSgd().batchSize());
        if (sizes.members() < 2 * batch) {
            throw new IllegalArgumentException("members=" + sizes.members() + ", allowed: >= " + 2 * batch
                    + " (twice the batch size " + batch + ": reference models train on about that many rows)");
        }
        int shadowRows = sizes.population() / (2 * sizes.shadowModels());
        if (attacks.contains("shadow") && shadowRows < batch) {
            throw new IllegalArgumentException("population=" + sizes.population() + " with shadowModels="
                    + sizes.shadowModels() + " gives each shadow model " + shadowRows + " training rows, allowed: >= "
                    + "the batch size " + batch + " (raise --population or lower --shadow-models or --batch-size)");
        }
    }

    /** The defaults of the full ({@code quick=false}) or quick run on Adult. */
    public static ExperimentOptions defaults(boolean quick, long seed) {
        return new ExperimentOptions(List.of("baseline", "dp-sgd"),
                quick ? List.of(1.0, 8.0) : List.of(0.5, 1.0, 2.0, 4.0, 8.0), List.of("threshold", "lira", "rmia"),
                quick ? ExperimentSizes.quick() : ExperimentSizes.full(), ModelSettings.defaults(quick), seed, quick);
    }
}
