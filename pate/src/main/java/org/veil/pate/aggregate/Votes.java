package org.veil.pate.aggregate;

import java.util.Arrays;
import java.util.Objects;

/**
 * The teachers' vote histograms for a sequence of queries: row i holds, for query i, how many
 * teachers voted for each class. Every row has one count per class, counts are non-negative and
 * every row sums to the number of teachers (each teacher votes exactly once per query).
 *
 * <p>Immutable: the matrix is copied in and rows are copied out. Thread-safe. The votes are
 * private data (they are a function of the teachers' training sets): only noisy answers and
 * sanitised costs derived from them may be published.
 */
public final class Votes {
    private final int[][] counts;
    private final int teachers;

    private Votes(int[][] counts, int teachers) {
        this.counts = counts;
        this.teachers = teachers;
    }

    /**
     * Votes from a count matrix; checks the shape and that every row sums to the same total.
     *
     * @param counts one row per query, one column per class (at least 2 classes)
     * @throws IllegalArgumentException naming the first bad row and column
     */
    public static Votes of(int[][] counts) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length == 0) {
            throw new IllegalArgumentException("votes have 0 queries, allowed: >= 1");
        }
        int classes = counts[0].length;
        if (classes < 2) {
            throw new IllegalArgumentException("votes have " + classes + " classes, allowed: >= 2");
        }
        int[][] copy = new int[counts.length][];
        long total = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != classes) {
                throw new IllegalArgumentException("votes row " + i + " has " + counts[i].length
                        + " counts, allowed: " + classes + " (one per class, as in row 0)");
            }
            long sum = 0;
            for (int j = 0; j < classes; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("votes row " + i + " class " + j + " count=" + counts[i][j]
                            + ", allowed: >= 0");
                }
                sum += counts[i][j];
            }
            if (total < 0) {
                total = sum;
            } else if (sum != total) {
                throw new IllegalArgumentException("votes row " + i + " sums to " + sum + " but row 0 to " + total
                        + ": every query must have one vote per teacher");
            }
            copy[i] = counts[i].clone();
        }
        if (total < 1 || total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("votes rows sum to " + total + " teachers, allowed: [1, "
                    + Integer.MAX_VALUE + "]");
        }
        return new Votes(copy, (int) total);
    }

    /** Number of queries (rows). */
    public int queries() {
        return counts.length;
    }

    /** Number of classes (columns). */
    public int classes() {
        return counts[0].length;
    }

    /** Number of teachers: the common row sum. */
    public int teachers() {
        return teachers;
    }

    /** A copy of query {@code i}'s histogram. */
    public int[] row(int i) {
        return counts[i].clone();
    }

    /** The count of class {@code j} at query {@code i}. */
    public int count(int i, int j) {
        return counts[i][j];
    }

    /** The first {@code n} queries. */
    public Votes first(int n) {
        if (n < 1 || n > counts.length) {
            throw new IllegalArgumentException("queries=" + n + ", allowed: [1, " + counts.length + "]");
        }
        return new Votes(Arrays.copyOf(counts, n), teachers);
    }

    /** The queries at {@code index}, in that order. */
    public Votes select(int[] index) {
        int[][] rows = new int[index.length][];
        for (int k = 0; k < index.length; k++) {
            rows[k] = counts[index[k]];
        }
        return of(rows);
    }
}
