package org.veil.lfr.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConsistencyTest {
    private static final double[][] X = {{0}, {0.1}, {0.2}, {5}, {5.1}, {5.2}};
    private static final int[] Y = {1, 1, 0, 0, 0, 1};

    /**
     * AIF360 (k = 3, the row itself included): the neighbours of rows 0-2 are {0, 1, 2} (mean ŷ 2/3) and of
     * rows 3-5 {3, 4, 5} (mean 1/3); |ŷ − mean| = 1/3, 1/3, 2/3, 1/3, 1/3, 2/3, sum 8/3, so 1 − 8/18 = 5/9.
     */
    @Test
    void aif360IncludesTheRowItself() {
        assertEquals(5.0 / 9, Consistency.aif360(X, Y, 3, 2), 1e-12);
    }

    /**
     * Zemel et al. yNN (k = 2, the row itself excluded): Σ_j |ŷ_n − ŷ_j| = 1, 1, 2, 1, 1, 2 for rows 0-5,
     * sum 8, so 1 − 8/(6·2) = 1/3.
     */
    @Test
    void zemelExcludesTheRowItself() {
        assertEquals(1.0 / 3, Consistency.zemel(X, Y, 2, 2), 1e-12);
    }

    /** The sparse distance path agrees with a brute-force dense search on random sparse rows. */
    @Test
    void neighboursMatchABruteForceSearch() {
        SplittableRandom r = new SplittableRandom(5);
        double[][] x = new double[80][6];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextInt(3) == 0 ? 0 : r.nextGaussian();
            }
        }
        int[][] nn = NearestNeighbours.of(x, 4, 2);
        for (int i = 0; i < x.length; i++) {
            final int row = i;
            Integer[] order = new Integer[x.length];
            for (int j = 0; j < x.length; j++) {
                order[j] = j;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(dist(x[row], x[a]), dist(x[row], x[b])));
            for (int t = 0; t < 4; t++) {
                assertEquals(dist(x[i], x[order[t]]), dist(x[i], x[nn[i][t]]), 1e-9, "row " + i + " rank " + t);
            }
        }
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> Consistency.aif360(X, new int[] {1, 2, 0, 0, 0, 1}, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Consistency.zemel(new double[][] {{1}}, new int[] {1}, 2, 1));
    }

    private static double dist(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }
}
