package org.veil.evaluate.shadow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PoolDesignTest {

    @Test
    void balancedPutsEveryRowInExactlyHalfTheModelsAndIsSeeded() {
        PoolDesign d = PoolDesign.balanced(8, 101, new SplittableRandom(1));
        boolean[][] in = d.inMask();
        for (int i = 0; i < 101; i++) {
            int count = 0;
            for (int k = 0; k < 8; k++) {
                count += in[k][i] ? 1 : 0;
            }
            assertEquals(4, count, "row " + i);
        }
        for (int k = 0; k < 8; k++) {
            assertEquals(101, d.inRows()[k].length + d.outRows()[k].length, "in and out cover the rows");
        }
        assertArrayEquals(d.inRows()[3], PoolDesign.balanced(8, 101, new SplittableRandom(1)).inRows()[3]);
        assertTrue(d.inRows()[0].length > 30 && d.inRows()[0].length < 70, "about half the rows per model");
    }

    @Test
    void disjointPartsDoNotShareRows() {
        PoolDesign d = PoolDesign.disjoint(5, 103, new SplittableRandom(2));
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < 5; k++) {
            for (int[] part : new int[][] {d.inRows()[k], d.outRows()[k]}) {
                for (int i : part) {
                    assertTrue(seen.add(i), "row " + i + " used twice");
                }
            }
            assertTrue(Math.abs(d.inRows()[k].length - d.outRows()[k].length) <= 1);
        }
        assertEquals(103, seen.size());
    }

    @Test
    void refusesDesignsThatCannotWork() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PoolDesign.balanced(5, 10, new SplittableRandom(1)))
                .getMessage().contains("models=5, allowed: even"));
        assertThrows(IllegalArgumentException.class, () -> PoolDesign.disjoint(10, 20, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new PoolDesign(3, new int[][] {{0, 3}}, new int[][] {{1}}, "balanced"));
    }
}
