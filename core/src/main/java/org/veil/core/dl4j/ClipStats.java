package org.veil.core.dl4j;

/**
 * What clipping did to one logical batch. These numbers are computed from private data: they are
 * for progress output and tuning (the fraction clipped is the signal users ask for), and a
 * trainer must not release them as part of a private model without accounting for them.
 *
 * @param examples   rows in the batch
 * @param clipped    rows whose gradient was scaled down (norm above the bound)
 * @param nonFinite  rows whose gradient or loss was NaN or infinite (their contribution is dropped)
 * @param lossSum    sum of the rows' losses (without the L2 penalty); NaN when any was non-finite
 * @param maxNorm    largest per-example gradient norm seen before clipping (finite rows only)
 */
public record ClipStats(int examples, int clipped, int nonFinite, double lossSum, double maxNorm) {

    /** An empty batch. */
    public static final ClipStats EMPTY = new ClipStats(0, 0, 0, 0, 0);

    /** The statistics of two batches together. */
    public ClipStats plus(ClipStats other) {
        return new ClipStats(examples + other.examples, clipped + other.clipped, nonFinite + other.nonFinite,
                lossSum + other.lossSum, Math.max(maxNorm, other.maxNorm));
    }
}
