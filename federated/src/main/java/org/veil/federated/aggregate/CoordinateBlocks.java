package org.veil.federated.aggregate;

import java.util.stream.IntStream;

/**
 * Runs a computation over the coordinates [0, d) in fixed blocks, one after another or on the common
 * fork-join pool. Each block writes only its own coordinates and computes them in the same order
 * either way, so parallel results equal serial ones bit for bit. Package-private.
 *
 * <p>Thread safety: stateless. Randomness: none.
 */
final class CoordinateBlocks {
    /** Coordinates per block: small enough that n columns of a block stay in the core's cache. */
    static final int BLOCK = 1024;

    private CoordinateBlocks() {
    }

    /** A computation over the coordinates [from, to). */
    @FunctionalInterface
    interface RangeTask {
        void run(int from, int to);
    }

    /** A statistic of one coordinate's n client values; it may reorder {@code column}. */
    @FunctionalInterface
    interface ColumnStatistic {
        double of(double[] column);
    }

    /** Runs {@code task} over [0, d) block by block. */
    static void forEach(int d, boolean parallel, RangeTask task) {
        int blocks = (d + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (parallel ? range.parallel() : range).forEach(b -> task.run(b * BLOCK, Math.min(d, (b + 1) * BLOCK)));
    }

    /**
     * out[j] = statistic(column j) for every coordinate, where column j holds the n clients' values of
     * coordinate j in a scratch array of length n (one per block; no n×d matrix is built).
     */
    static double[] perColumn(UpdateSet s, boolean parallel, ColumnStatistic statistic) {
        double[] out = new double[s.d];
        forEach(s.d, parallel, (from, to) -> {
            double[] column = new double[s.n];
            for (int j = from; j < to; j++) {
                for (int i = 0; i < s.n; i++) {
                    column[i] = s.rows[i][j];
                }
                out[j] = statistic.of(column);
            }
        });
        return out;
    }
}
