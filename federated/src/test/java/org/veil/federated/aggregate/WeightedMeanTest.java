package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedMeanTest {

    @Test
    void weightsByExampleCountsOrCountsEveryClientOnce() {
        List<ClientUpdate> updates = List.of(
                new ClientUpdate("a", new float[] {1, 2}, 1),
                new ClientUpdate("b", new float[] {3, 6}, 3));
        // (1·1 + 3·3)/4 = 2.5, (1·2 + 3·6)/4 = 5
        assertArrayEquals(new double[] {2.5, 5}, new WeightedMean().aggregate(updates), 0);
        // (1 + 3)/2 = 2, (2 + 6)/2 = 4
        assertArrayEquals(new double[] {2, 4}, new WeightedMean(false, false).aggregate(updates), 0);
        assertEquals("fedavg", new WeightedMean().name());
    }

    @Test
    void reportsEveryClientAsSelected() {
        AggregationResult r = new WeightedMean().aggregateWithReport(TestUpdates.of(new double[] {1}, new double[] {2}));
        assertEquals(List.of("c0", "c1"), r.selected());
        assertEquals(List.of(), r.discarded());
    }

    @Test
    void parallelEqualsSerialBitForBitAcrossBlocks() {
        List<ClientUpdate> updates = TestUpdates.random(7, 3 * CoordinateBlocks.BLOCK + 17, new Random(3));
        assertArrayEquals(new WeightedMean(true, false).aggregate(updates),
                new WeightedMean(true, true).aggregate(updates), 0);
    }

    @Test
    void rejectsEmptyMismatchedAndNonFiniteInput() {
        WeightedMean mean = new WeightedMean();
        assertThrows(IllegalArgumentException.class, () -> mean.aggregate(List.of()));
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> mean.aggregate(TestUpdates.of(new double[] {1, 2}, new double[] {1})));
        assertEquals("client c1: delta length=1, allowed: 2 (the length of client c0's delta)", lengths.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> mean.aggregate(TestUpdates.of(new double[] {1, Double.NaN})));
        assertEquals("client c0: delta[1]=NaN, allowed: finite", nan.getMessage());
    }
}
