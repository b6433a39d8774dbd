package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KrumTest {
    // Points 0, 1, 2, 10, 11 on a line, f = 1 → n − f − 2 = 2 neighbours. Scores by hand:
    // 0: 1² + 2² = 5; 1: 1 + 1 = 2; 2: 1 + 2² = 5; 10: 1 + 8² = 65; 11: 1 + 9² = 82.
    private static final List<ClientUpdate> LINE = TestUpdates.of(
            new double[] {0}, new double[] {1}, new double[] {2}, new double[] {10}, new double[] {11});

    @Test
    void krumPicksTheLowestScoreByHand() {
        AggregationResult r = new Krum(new KrumOptions(1, 1)).aggregateWithReport(LINE);
        assertArrayEquals(new double[] {1}, r.aggregate(), 0);
        assertEquals(List.of("c1"), r.selected());
        assertEquals(List.of("c0", "c2", "c3", "c4"), r.discarded());
    }

    @Test
    void multiKrumAveragesTheMLowestAndBreaksTiesByListOrder() {
        // m = 2: c1 (2), then c0 and c2 tie at 5 → c0: (0 + 1)/2
        AggregationResult two = new Krum(new KrumOptions(1, 2)).aggregateWithReport(LINE);
        assertArrayEquals(new double[] {0.5}, two.aggregate(), 0);
        assertEquals(List.of("c0", "c1"), two.selected());
        // m = 3: (0 + 1 + 2)/3
        assertArrayEquals(new double[] {1}, new Krum(new KrumOptions(1, 3)).aggregate(LINE), 0);
        // m = n: the plain mean (24/5)
        assertArrayEquals(new double[] {4.8}, new Krum(new KrumOptions(1, 5)).aggregate(LINE), 1e-12);
    }

    @Test
    void scoresMatchTheSlowDefinitionAndSelectionFollowsThem() {
        Random rng = new Random(9);
        for (int trial = 0; trial < 20; trial++) {
            int f = rng.nextInt(4);
            int n = 2 * f + 3 + rng.nextInt(6);
            int m = 1 + rng.nextInt(n - f);
            List<ClientUpdate> updates = TestUpdates.random(n, 50 + rng.nextInt(2500), rng);
            double[] slow = TestUpdates.slowKrumScores(updates, f);
            double[] fast = Krum.scores(PairwiseDistances.squared(UpdateSet.of(updates), false), n - f - 2);
            assertArrayEquals(slow, fast, 1e-9 * Arrays.stream(slow).max().orElse(1));
            List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
            order.sort(Comparator.<Integer>comparingDouble(i -> slow[i]).thenComparingInt(i -> i));
            List<String> expected = order.subList(0, m).stream().sorted().map(i -> "c" + i).toList();
            AggregationResult r = new Krum(new KrumOptions(f, m)).aggregateWithReport(updates);
            assertEquals(expected, r.selected());
            double[] mean = new WeightedMean(false, false).aggregate(
                    order.subList(0, m).stream().map(updates::get).toList());
            assertArrayEquals(mean, r.aggregate(), 1e-12);
        }
    }

    @Test
    void parallelEqualsSerialBitForBit() {
        List<ClientUpdate> updates = TestUpdates.random(12, 3 * CoordinateBlocks.BLOCK + 1, new Random(10));
        KrumOptions options = new KrumOptions(3, 6);
        AggregationResult serial = new Krum(options, false).aggregateWithReport(updates);
        AggregationResult parallel = new Krum(options, true).aggregateWithReport(updates);
        assertArrayEquals(serial.aggregate(), parallel.aggregate(), 0);
        assertEquals(serial.selected(), parallel.selected());
    }

    @Test
    void rejectsTooFewClientsForFNamingNAndF() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Krum(new KrumOptions(2, 1)).aggregate(TestUpdates.random(6, 3, new Random(1))));
        assertEquals("krum: n=6 clients, f=2, allowed: n > 2f + 2 = 6 (Blanchard et al. 2017, Proposition 1)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Krum(new KrumOptions(1, 6)).aggregate(TestUpdates.random(5, 3, new Random(1))));
        assertEquals("f=-1, allowed: >= 0 (Byzantine clients tolerated)",
                assertThrows(IllegalArgumentException.class, () -> new KrumOptions(-1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KrumOptions(1, 0));
    }
}
