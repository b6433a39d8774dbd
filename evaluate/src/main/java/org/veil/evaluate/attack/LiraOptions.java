package org.veil.evaluate.attack;

/**
 * Options of {@link LiraAttack}.
 *
 * @param online        online LiRA (Gaussians fitted to models trained with and without each example)
 *                      or offline (only the models without it)
 * @param fixedVariance one variance for all examples (the median of the per-example standard
 *                      deviations) instead of per-example ones; Carlini et al. 2022, section VI-B
 *                      recommend it with fewer than 64 shadow models
 */
public record LiraOptions(boolean online, boolean fixedVariance) {
    /** Fewest reference models LiRA accepts: two with and two without every example. */
    public static final int MIN_MODELS = 4;
    /** From this many models on, per-example variances are the default (Carlini et al. 2022, VI-B). */
    public static final int PER_EXAMPLE_VARIANCE_FROM = 64;

    /** Online or offline, with the variance rule that suits {@code models} reference models. */
    public static LiraOptions forModels(boolean online, int models) {
        return new LiraOptions(online, models < PER_EXAMPLE_VARIANCE_FROM);
    }
}
