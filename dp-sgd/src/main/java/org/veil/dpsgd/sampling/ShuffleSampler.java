package org.veil.dpsgd.sampling;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.veil.core.run.Randomness;

/**
 * Fixed-size batches from a fresh random permutation each epoch (the non-private default). The
 * subsampled-Gaussian analysis does not apply to it ({@link #poisson()} is false), so DP-SGD
 * reports no certified ε for runs that use it. Randomness: epoch e's permutation comes from
 * {@code SplittableRandom} seeded with {@code Randomness.derive(seed, e)}, so a resumed run draws the same batches.
 * Not thread-safe.
 */
public final class ShuffleSampler implements BatchSampler {
    private final int rows;
    private final int batchSize;
    private final long seed;
    private final int stepsPerEpoch;
    private long cachedEpoch = -1;
    private int[] order;

    public ShuffleSampler(int rows, int batchSize, long seed) {
        if (batchSize < 1 || batchSize > rows) {
            throw new IllegalArgumentException("batchSize=" + batchSize + ", allowed: [1, " + rows + "]");
        }
        this.rows = rows;
        this.batchSize = batchSize;
        this.seed = seed;
        this.stepsPerEpoch = (rows + batchSize - 1) / batchSize;
    }

    @Override
    public int[] batch(long step) {
        long epoch = step / stepsPerEpoch;
        if (epoch != cachedEpoch) {
            order = new int[rows];
            Arrays.setAll(order, i -> i);
            Randomness.shuffle(order, new SplittableRandom(Randomness.derive(seed, epoch)));
            cachedEpoch = epoch;
        }
        int from = (int) (step % stepsPerEpoch) * batchSize;
        return Arrays.copyOfRange(order, from, Math.min(rows, from + batchSize));
    }

    @Override
    public boolean poisson() {
        return false;
    }
}
