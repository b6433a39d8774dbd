package org.veil.federated.partition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PartitionerTest {

    private static int[] labels(int n, int classes) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % classes;
        }
        return y;
    }

    private static void assertDisjointCover(int[][] parts, int n) {
        boolean[] seen = new boolean[n];
        for (int[] p : parts) {
            assertTrue(p.length >= 1, "every client has a row");
            for (int i : p) {
                assertTrue(!seen[i], "row " + i + " given twice");
                seen[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            assertTrue(seen[i], "row " + i + " given to nobody");
        }
    }

    private static double meanClassesPerClient(int[][] parts, int[] y, int classes) {
        double total = 0;
        for (int[] p : parts) {
            boolean[] has = new boolean[classes];
            for (int i : p) {
                has[y[i]] = true;
            }
            for (boolean h : has) {
                total += h ? 1 : 0;
            }
        }
        return total / parts.length;
    }

    @Test
    void iidGivesEqualSharesOfEveryRow() {
        int[] y = labels(1003, 10);
        int[][] parts = Partitioner.split(y, 10, 100, new PartitionScheme.Iid(), new SplittableRandom(1));
        assertDisjointCover(parts, 1003);
        for (int[] p : parts) {
            assertTrue(p.length == 10 || p.length == 11, "share " + p.length);
        }
        assertTrue(meanClassesPerClient(parts, y, 10) > 6, "IID shares mix classes");
    }

    @Test
    void dirichletWithSmallAlphaSkewsLabelsAndLargeAlphaDoesNot() {
        int[] y = labels(6000, 10);
        int[][] skewed = Partitioner.split(y, 10, 100, new PartitionScheme.Dirichlet(0.1), new SplittableRandom(2));
        int[][] mixed = Partitioner.split(y, 10, 100, new PartitionScheme.Dirichlet(100), new SplittableRandom(2));
        assertDisjointCover(skewed, 6000);
        assertDisjointCover(mixed, 6000);
        double few = meanClassesPerClient(skewed, y, 10);
        double many = meanClassesPerClient(mixed, y, 10);
        assertTrue(few < 4, "alpha = 0.1: about 2-3 classes per client, got " + few);
        assertTrue(many > 9, "alpha = 100: nearly all classes, got " + many);
    }

    @Test
    void sameSeedSamePartition() {
        int[] y = labels(500, 3);
        PartitionScheme s = new PartitionScheme.Dirichlet(0.5);
        int[][] a = Partitioner.split(y, 3, 20, s, new SplittableRandom(7));
        int[][] b = Partitioner.split(y, 3, 20, s, new SplittableRandom(7));
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
    }

    @Test
    void parsesTheCliFormsAndRefusesOthers() {
        assertEquals(new PartitionScheme.Iid(), PartitionScheme.parse("IID"));
        assertEquals(new PartitionScheme.Dirichlet(0.5), PartitionScheme.parse("dirichlet:0.5"));
        assertEquals("dirichlet:0.5", PartitionScheme.parse("dirichlet:0.5").describe());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartitionScheme.parse("zipf"));
        assertTrue(e.getMessage().contains("allowed: iid or dirichlet:ALPHA"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartitionScheme.parse("dirichlet:x"));
        assertThrows(IllegalArgumentException.class, () -> PartitionScheme.parse("dirichlet:0"));
        assertThrows(IllegalArgumentException.class,
                () -> Partitioner.split(labels(5, 2), 2, 6, new PartitionScheme.Iid(), new SplittableRandom(1)));
    }
}
