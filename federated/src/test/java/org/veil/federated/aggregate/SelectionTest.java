package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void selectsEveryRankLikeAFullSortIncludingTiesAndShortArrays() {
        Random rng = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + rng.nextInt(60);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = trial % 3 == 0 ? rng.nextInt(4) : rng.nextGaussian();
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = rng.nextInt(n);
            double[] work = a.clone();
            assertEquals(sorted[k], Selection.select(work, 0, n, k));
            for (int i = 0; i < k; i++) {
                assertTrue(work[i] <= work[k], "left of k");
            }
            for (int i = k + 1; i < n; i++) {
                assertTrue(work[i] >= work[k], "right of k");
            }
            double[] again = work.clone();
            Arrays.sort(again);
            assertEquals(Arrays.toString(sorted), Arrays.toString(again), "a permutation of the input");
        }
    }

    @Test
    void selectsInsideASubrange() {
        double[] a = {9, 5, 4, 3, 2, 1, -7};
        assertEquals(3, Selection.select(a, 1, 6, 3)); // sorted [1, 6) = 1 2 3 4 5
        assertEquals(9, a[0]);
        assertEquals(-7, a[6]);
    }
}
