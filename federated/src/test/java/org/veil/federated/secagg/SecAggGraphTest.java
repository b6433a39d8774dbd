package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SecAgg+ neighbour graph: symmetric, (near-)regular, deterministic in (seed, n, k), random across seeds. */
class SecAggGraphTest {

    @Test
    void symmetricWithoutSelfLoopsAndDegreeK() {
        for (int n : new int[] {2, 5, 10, 11, 64}) {
            for (int k = 1; k < n; k++) {
                NeighbourGraph g = new NeighbourGraph(17, n, k);
                int heavier = 0;
                for (int u = 0; u < n; u++) {
                    assertFalse(g.areNeighbours(u, u));
                    for (int v : g.neighbours(u)) {
                        assertTrue(g.areNeighbours(v, u), "n=" + n + " k=" + k + " edge " + u + "-" + v);
                    }
                    assertTrue(g.degree(u) == k || g.degree(u) == k + 1, "n=" + n + " k=" + k + " deg " + g.degree(u));
                    heavier += g.degree(u) - k;
                }
                // k-regular, except one vertex of degree k + 1 when both k and n are odd (Harary 1962)
                assertEquals(k % 2 == 1 && n % 2 == 1 ? 1 : 0, heavier, "n=" + n + " k=" + k);
            }
        }
    }

    @Test
    void completeGraphWhenKIsNMinusOne() {
        NeighbourGraph g = new NeighbourGraph(3, 9, 8);
        for (int u = 0; u < 9; u++) {
            assertEquals(8, g.degree(u));
        }
    }

    @Test
    void deterministicInTheSeedAndDifferentAcrossSeeds() {
        NeighbourGraph a = new NeighbourGraph(99, 50, 6);
        NeighbourGraph b = new NeighbourGraph(99, 50, 6);
        NeighbourGraph c = new NeighbourGraph(100, 50, 6);
        boolean differs = false;
        for (int u = 0; u < 50; u++) {
            assertArrayEquals(a.neighbours(u), b.neighbours(u));
            differs |= !Arrays.equals(a.neighbours(u), c.neighbours(u));
        }
        assertTrue(differs, "another seed permutes the clients differently");
        // relabelled ring: client 0's neighbours are not simply its index neighbours 1, 2, 3, 47, 48, 49
        assertFalse(Arrays.equals(new int[] {1, 2, 3, 47, 48, 49}, a.neighbours(0)) && Arrays.equals(a.neighbours(0), c.neighbours(0)));
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThrows(IllegalArgumentException.class, () -> new NeighbourGraph(1, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourGraph(1, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourGraph(1, 5, 2).neighbours(5));
    }
}
