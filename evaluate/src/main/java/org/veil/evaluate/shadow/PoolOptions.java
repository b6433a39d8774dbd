package org.veil.evaluate.shadow;

/**
 * How many shadow/reference models to train and how.
 *
 * @param models      number of models K (even for the balanced reference design), in [1, 1024]
 * @param parallelism models trained at once, in [1, 256]; default: the available processors
 * @param seed        seed of the design and of every model (model k trains with
 *                    {@code Randomness.derive(seed, k)} for data order, initialisation and noise)
 */
public record PoolOptions(int models, int parallelism, long seed) {
    /** Most models accepted. */
    public static final int MAX_MODELS = 1024;

    public PoolOptions {
        if (models < 1 || models > MAX_MODELS) {
            throw new IllegalArgumentException("models=" + models + ", allowed: [1, " + MAX_MODELS + "]");
        }
        if (parallelism < 1 || parallelism > 256) {
            throw new IllegalArgumentException("parallelism=" + parallelism + ", allowed: [1, 256]");
        }
    }

    /** K models with this seed, one per available processor at a time. */
    public static PoolOptions of(int models, long seed) {
        return new PoolOptions(models, Math.max(1, Runtime.getRuntime().availableProcessors()), seed);
    }

    public PoolOptions withParallelism(int newParallelism) {
        return new PoolOptions(models, newParallelism, seed);
    }
}
