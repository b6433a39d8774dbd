package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrimmedMeanTest {

    @Test
    void dropsTheBetaFractionAtEachEndByHand() {
        List<ClientUpdate> updates = TestUpdates.of(new double[] {1, -50}, new double[] {100, 2},
                new double[] {3, 3}, new double[] {2, 4}, new double[] {4, 1000});
        // n = 5, β = 0.2 → b = 1: {1, 2, 3, 4, 100} → (2 + 3 + 4)/3 = 3; {−50, 2, 3, 4, 1000} → 3
        assertArrayEquals(new double[] {3, 3}, new TrimmedMean(0.2).aggregate(updates), 0);
        // β = 0.1 → b = ⌊0.5⌋ = 0: the plain mean, (1+100+3+2+4)/5 = 22, (−50+2+3+4+1000)/5 = 191.8
        assertArrayEquals(new double[] {22, 191.8}, new TrimmedMean(0.1).aggregate(updates), 1e-12);
        // β = 0.49 → b = 2: the median of 5
        assertArrayEquals(new double[] {3, 3}, new TrimmedMean(0.49).aggregate(updates), 0);
    }

    @Test
    void matchesFullColumnSortOnRandomData() {
        Random rng = new Random(7);
        for (double beta : new double[] {0, 0.1, 0.2, 0.25, 0.3, 0.45}) {
            for (int n = 1; n <= 20; n++) {
                List<ClientUpdate> updates = TestUpdates.random(n, 200, rng);
                assertArrayEquals(TestUpdates.slowTrimmedMean(updates, beta),
                        new TrimmedMean(beta).aggregate(updates), 1e-12, "beta=" + beta + " n=" + n);
            }
        }
    }

    @Test
    void parallelEqualsSerialBitForBit() {
        List<ClientUpdate> updates = TestUpdates.random(13, 3 * CoordinateBlocks.BLOCK + 5, new Random(8));
        assertArrayEquals(new TrimmedMean(0.25, false).aggregate(updates),
                new TrimmedMean(0.25, true).aggregate(updates), 0);
    }

    @Test
    void rejectsBetaOutsideTheRange() {
        assertEquals("beta=0.6, allowed: [0, 0.5)",
                assertThrows(IllegalArgumentException.class, () -> new TrimmedMean(0.6)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TrimmedMean(0.5));
        assertThrows(IllegalArgumentException.class, () -> new TrimmedMean(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new TrimmedMean(Double.NaN));
    }
}
