package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoordinateMedianTest {

    @Test
    void oddAndEvenCountsByHand() {
        // columns {1, 2, 9} → 2 and {5, −1, 0} → 0
        assertArrayEquals(new double[] {2, 0}, new CoordinateMedian().aggregate(TestUpdates.of(
                new double[] {1, 5}, new double[] {2, -1}, new double[] {9, 0})), 0);
        // columns {1, 2, 9, 4} → (2 + 4)/2 = 3 and {5, −1, 0, 100} → (0 + 5)/2 = 2.5
        assertArrayEquals(new double[] {3, 2.5}, new CoordinateMedian().aggregate(TestUpdates.of(
                new double[] {1, 5}, new double[] {2, -1}, new double[] {9, 0}, new double[] {4, 100})), 0);
        // one client: its own delta
        assertArrayEquals(new double[] {-3}, new CoordinateMedian().aggregate(TestUpdates.of(new double[] {-3})), 0);
    }

    @Test
    void matchesFullColumnSortOnRandomData() {
        Random rng = new Random(5);
        for (int n = 1; n <= 24; n++) {
            List<ClientUpdate> updates = TestUpdates.random(n, 300, rng);
            assertArrayEquals(TestUpdates.slowMedian(updates), new CoordinateMedian().aggregate(updates), 0);
        }
    }

    @Test
    void parallelEqualsSerialBitForBit() {
        List<ClientUpdate> updates = TestUpdates.random(10, 4 * CoordinateBlocks.BLOCK + 3, new Random(6));
        assertArrayEquals(new CoordinateMedian(false).aggregate(updates), new CoordinateMedian(true).aggregate(updates), 0);
    }
}
