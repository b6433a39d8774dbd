package org.veil.evaluate.shadow;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.veil.core.run.Randomness;

/**
 * Which rows of a data set each shadow or reference model is trained on ("in") and which it is known
 * not to have seen ("out"). Two designs:
 *
 * <ul>
 *   <li>{@link #balanced}: every row is in exactly half of the models (K even), chosen at random per
 *       row, the rest of the rows are out. This is the design of LiRA's experiments (Carlini et al. 2022,
 *       "Membership inference attacks from first principles", section VI-A: each example is included
 *       in half of the shadow models) and serves LiRA (online and offline) and RMIA from one pool.</li>
 *   <li>{@link #disjoint}: the rows are split into K disjoint parts; model k trains on a random half of
 *       part k and the other half is its out set (Shokri et al. 2017, "Membership inference attacks
 *       against machine learning models", section IV-B: shadow training and test sets).</li>
 * </ul>
 *
 * <p>Immutable by convention (arrays are not copied). Randomness: only from the generator passed to
 * the factories.
 *
 * @param rows    rows of the data set the design indexes
 * @param inRows  per model, the rows it trains on (ascending)
 * @param outRows per model, rows it has not seen and that attacks may use as its "out" examples
 * @param kind    {@code balanced} or {@code disjoint}
 */
public record PoolDesign(int rows, int[][] inRows, int[][] outRows, String kind) {
    /** Name of the balanced design. */
    public static final String BALANCED = "balanced";
    /** Name of the disjoint design. */
    public static final String DISJOINT = "disjoint";

    public PoolDesign {
        Objects.requireNonNull(inRows, "inRows");
        Objects.requireNonNull(outRows, "outRows");
        Objects.requireNonNull(kind, "kind");
        if (inRows.length != outRows.length || inRows.length == 0) {
            throw new IllegalArgumentException("inRows has " + inRows.length + " models and outRows "
                    + outRows.length + ", allowed: the same number, at least 1");
        }
        for (int k = 0; k < inRows.length; k++) {
            checkRows(k, inRows[k], rows);
            checkRows(k, outRows[k], rows);
        }
    }

    /**
     * Every row in exactly {@code models / 2} models, the models chosen uniformly at random per row.
     *
     * @throws IllegalArgumentException when {@code models} is odd or below 2
     */
    public static PoolDesign balanced(int models, int rows, RandomGenerator random) {
        if (models < 2 || models % 2 != 0) {
            throw new IllegalArgumentException("models=" + models + ", allowed: even and >= 2 (every example is in "
                    + "exactly half of the models)");
        }
        requireRows(rows, 2);
        boolean[][] in = new boolean[models][rows];
        int[] order = new int[models];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < models; k++) {
                order[k] = k;
            }
            Randomness.shuffle(order, random);
            for (int k = 0; k < models / 2; k++) {
                in[order[k]][i] = true;
            }
        }
        int[][] inRows = new int[models][];
        int[][] outRows = new int[models][];
        for (int k = 0; k < models; k++) {
            inRows[k] = select(in[k], true);
            outRows[k] = select(in[k], false);
        }
        return new PoolDesign(rows, inRows, outRows, BALANCED);
    }

    /** K disjoint parts of the shuffled rows; model k trains on one half of part k, the other half is out. */
    public static PoolDesign disjoint(int models, int rows, RandomGenerator random) {
        if (models < 1) {
            throw new IllegalArgumentException("models=" + models + ", allowed: >= 1");
        }
        requireRows(rows, 4 * models);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        Randomness.shuffle(order, random);
        int[][] inRows = new int[models][];
        int[][] outRows = new int[models][];
        for (int k = 0; k < models; k++) {
            int from = (int) ((long) rows * k / models);
            int to = (int) ((long) rows * (k + 1) / models);
            int mid = from + (to - from) / 2;
            inRows[k] = sorted(Arrays.copyOfRange(order, from, mid));
            outRows[k] = sorted(Arrays.copyOfRange(order, mid, to));
        }
        return new PoolDesign(rows, inRows, outRows, DISJOINT);
    }

    public int models() {
        return inRows.length;
    }

    /** in[k][i]: whether model k trained on row i. */
    public boolean[][] inMask() {
        boolean[][] in = new boolean[models()][rows];
        for (int k = 0; k < models(); k++) {
            for (int i : inRows[k]) {
                in[k][i] = true;
            }
        }
        return in;
    }

    private static void requireRows(int rows, int least) {
        if (rows < least) {
            throw new IllegalArgumentException("rows=" + rows + ", allowed: >= " + least + " for this design");
        }
    }

    private static int[] select(boolean[] mask, boolean value) {
        int count = 0;
        for (boolean b : mask) {
            count += b == value ? 1 : 0;
        }
        int[] out = new int[count];
        int j = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] == value) {
                out[j++] = i;
            }
        }
        return out;
    }

    private static int[] sorted(int[] v) {
        Arrays.sort(v);
        return v;
    }

    private static void checkRows(int model, int[] r, int rows) {
        Objects.requireNonNull(r, "rows of model " + model);
        for (int i : r) {
            if (i < 0 || i >= rows) {
                throw new IllegalArgumentException("model " + model + " names row " + i + ", allowed: [0, " + rows + ")");
            }
        }
    }
}
