package org.veil.evaluate.experiment;

/**
 * How big an experiment is.
 *
 * @param members         members per target, and as many non-members, in [50, 1_000_000]
 * @param population      population rows (RMIA's z samples, the shadow models' data), in [0, 1_000_000]
 * @param referenceModels reference models per target for LiRA and RMIA (even, in [2, 256]; LiRA needs >= 4)
 * @param shadowModels    shadow models per target for the shadow-model attack, in [1, 64]
 */
public record ExperimentSizes(int members, int population, int referenceModels, int shadowModels) {

    public ExperimentSizes {
        check("members", members, 50, 1_000_000);
        check("population", population, 0, 1_000_000);
        check("referenceModels", referenceModels, 2, 256);
        if (referenceModels % 2 != 0) {
            throw new IllegalArgumentException("referenceModels=" + referenceModels + ", allowed: even (every example "
                    + "is in exactly half of them)");
        }
        check("shadowModels", shadowModels, 1, 64);
    }

    /** The full run's sizes: 5000 members, 5000 population rows, 16 reference and 4 shadow models. */
    public static ExperimentSizes full() {
        return new ExperimentSizes(5000, 5000, 16, 4);
    }

    /** The quick run's sizes: 2000 members, 2000 population rows, 8 reference and 2 shadow models. */
    public static ExperimentSizes quick() {
        return new ExperimentSizes(2000, 2000, 8, 2);
    }

    private static void check(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + "=" + v + ", allowed: [" + lo + ", " + hi + "]");
        }
    }
}
