package org.veil.pate.student;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QueryPlannerTest {

    @Test
    void firstUnaskedSkipsAskedRowsInOrder() {
        boolean[] asked = {true, false, true, false, false};
        assertArrayEquals(new int[] {1, 3}, QueryPlanner.firstUnasked(asked, 2));
        assertArrayEquals(new int[] {1, 3, 4}, QueryPlanner.unasked(asked));
        assertThrows(IllegalArgumentException.class, () -> QueryPlanner.firstUnasked(asked, 4));
    }

    @Test
    void leastConfidentTakesTheSmallestTopProbabilitiesWithTiesToTheLowerRow() {
        int[] candidates = {10, 11, 12, 13, 14};
        double[][] p = {{0.9, 0.1}, {0.6, 0.4}, {0.55, 0.45}, {0.4, 0.6}, {0.99, 0.01}};
        // top probabilities 0.9, 0.6, 0.55, 0.6, 0.99: the two least confident are 12 (0.55) and 11 (0.6, before 13)
        assertArrayEquals(new int[] {11, 12}, QueryPlanner.leastConfident(candidates, p, 2));
        assertArrayEquals(new int[] {11, 12, 13}, QueryPlanner.leastConfident(candidates, p, 3));
        assertArrayEquals(new int[0], QueryPlanner.leastConfident(candidates, p, 0));
        assertThrows(IllegalArgumentException.class, () -> QueryPlanner.leastConfident(candidates, p, 6));
    }

    @Test
    void roundSizesAddUpToTheQueries() {
        QuerySelection s = new LeastConfidentQueries(10, 3);
        assertEquals(4, s.roundSize(0));
        assertEquals(3, s.roundSize(1));
        assertEquals(3, s.roundSize(2));
        assertEquals(640, new FirstQueries(640).roundSize(0));
        assertThrows(IllegalArgumentException.class, () -> s.roundSize(3));
    }

    @Test
    void selectionsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FirstQueries(0));
        assertEquals("queries=0, allowed: [1, 10000000]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LeastConfidentQueries(100, 1));
        assertEquals("rounds=1, allowed: [2, queries=100]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FirstQueries(5, 6));
    }
}
