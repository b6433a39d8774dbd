package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * End to end: the unmasked sum equals the plain sum of the survivors' encoded inputs exactly, on the
 * complete graph (Bonawitz et al. 2017) and a sparse SecAgg+ graph (Bell et al. 2020), with dropouts up to
 * k − t at each round, and the round fails with {@link IllegalStateException} beyond that.
 */
class SecAggProtocolTest {

    private static final long GRAPH_SEED = 2024;
    private static final SecAggConfig FULL = SecAggConfig.completeGraph(8, 5, 257, 1 << 16, 1.0); // k=7, k−t=2
    private static final SecAggConfig SPARSE = new SecAggConfig(40, 5, 8, 129, 1 << 16, 1.0);     // k=8, k−t=3

    @Test
    void exactSumWithoutDropouts() {
        for (SecAggConfig c : new SecAggConfig[] {FULL, SPARSE}) {
            int[][] x = SecAggFixtures.inputs(c, 1);
            LocalSecAggRound.Result r = run(c, x, DropoutSchedule.none());
            assertEquals(all(c), r.survivors());
            assertArrayEquals(SecAggFixtures.plainSum(x, all(c)), r.sum(), "k=" + c.neighbourDegree());
        }
    }

    @Test
    void exactSumWithMaxDropoutsBeforeMaskedInput() {
        for (SecAggConfig c : new SecAggConfig[] {FULL, SPARSE}) {
            int[][] x = SecAggFixtures.inputs(c, 2);
            int[] gone = spread(c, c.maxDropouts());
            LocalSecAggRound.Result r = run(c, x, DropoutSchedule.none().and(2, gone));
            SortedSet<Integer> survivors = all(c);
            Arrays.stream(gone).forEach(survivors::remove);
            assertEquals(survivors, r.survivors());
            assertEquals(ids(gone), r.dropped());
            assertArrayEquals(SecAggFixtures.plainSum(x, survivors), r.sum(), "k=" + c.neighbourDegree());
        }
    }

    @Test
    void exactSumWithMaxDropoutsDuringUnmasking() {
        for (SecAggConfig c : new SecAggConfig[] {FULL, SPARSE}) {
            int[][] x = SecAggFixtures.inputs(c, 3);
            LocalSecAggRound.Result r = run(c, x, DropoutSchedule.none().and(3, spread(c, c.maxDropouts())));
            // they sent y_u, so their inputs are in the sum although they never answered round 3
            assertEquals(all(c), r.survivors());
            assertArrayEquals(SecAggFixtures.plainSum(x, all(c)), r.sum(), "k=" + c.neighbourDegree());
        }
    }

    @Test
    void exactSumWithDropoutsSpreadOverAllRounds() {
        int[][] x = SecAggFixtures.inputs(SPARSE, 4);
        DropoutSchedule d = DropoutSchedule.none().and(0, 5).and(1, 17).and(2, 23); // 3 = k − t in total
        LocalSecAggRound.Result r = run(SPARSE, x, d);
        SortedSet<Integer> survivors = all(SPARSE);
        survivors.removeAll(ids(new int[] {5, 17, 23}));
        assertEquals(survivors, r.survivors());
        assertEquals(ids(new int[] {23}), r.dropped(), "5 and 17 never reached U_2");
        assertArrayEquals(SecAggFixtures.plainSum(x, survivors), r.sum());
    }

    @Test
    void failsCleanlyWhenANeighbourhoodLosesMoreThanKMinusTBeforeMaskedInput() {
        int[][] x = SecAggFixtures.inputs(SPARSE, 5);
        int[] nb = NeighbourGraph.of(SPARSE, GRAPH_SEED).neighbours(0);
        int[] gone = Arrays.copyOf(nb, SPARSE.maxDropouts() + 1); // client 0 keeps t − 1 live neighbours
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run(SPARSE, x, DropoutSchedule.none().and(2, gone)));
        assertTrue(e.getMessage().contains("too many dropouts"), e.getMessage());
        IllegalStateException full = assertThrows(IllegalStateException.class,
                () -> run(FULL, SecAggFixtures.inputs(FULL, 5), DropoutSchedule.none().and(2, 0, 1, 2)));
        assertTrue(full.getMessage().contains("need threshold=5"), full.getMessage());
    }

    @Test
    void failsCleanlyWhenTooFewNeighboursAnswerUnmasking() {
        int[][] x = SecAggFixtures.inputs(SPARSE, 6);
        int[] nb = NeighbourGraph.of(SPARSE, GRAPH_SEED).neighbours(7);
        int[] gone = Arrays.copyOfRange(nb, 1, SPARSE.maxDropouts() + 2);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run(SPARSE, x, DropoutSchedule.none().and(3, gone)));
        assertTrue(e.getMessage().contains("too many dropouts"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> run(FULL, SecAggFixtures.inputs(FULL, 6), DropoutSchedule.none().and(3, 5, 6, 7)));
    }

    @Test
    void decodedSumMatchesTheFloatSumToTheRoundingError() {
        SecAggConfig c = SPARSE;
        FixedPointEncoder enc = FixedPointEncoder.of(c);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(8);
        float[][] xs = new float[c.numClients()][c.vectorLength()];
        int[][] encoded = new int[c.numClients()][];
        double[] exact = new double[c.vectorLength()];
        for (int u = 0; u < xs.length; u++) {
            for (int i = 0; i < c.vectorLength(); i++) {
                xs[u][i] = (float) rng.nextDouble(-1, 1);
                exact[i] += xs[u][i];
            }
            encoded[u] = enc.encode(xs[u]);
        }
        double[] decoded = enc.decode(run(c, encoded, DropoutSchedule.none()).sum());
        for (int i = 0; i < exact.length; i++) {
            assertEquals(exact[i], decoded[i], c.numClients() * 0.5 / c.scale(), "coordinate " + i); // n half-ulps
        }
    }

    private static LocalSecAggRound.Result run(SecAggConfig c, int[][] x, DropoutSchedule d) {
        return LocalSecAggRound.run(c, GRAPH_SEED, x, d, SecAggFixtures.seeded(c.numClients() * 31L + x[0][0]));
    }

    private static SortedSet<Integer> all(SecAggConfig c) {
        return ids(IntStream.range(0, c.numClients()).toArray());
    }

    private static SortedSet<Integer> ids(int[] a) {
        return new TreeSet<>(Arrays.stream(a).boxed().toList());
    }

    /** {@code m} client ids spread over the cohort. */
    private static int[] spread(SecAggConfig c, int m) {
        return IntStream.range(0, m).map(i -> (i * 7 + 3) % c.numClients()).distinct().toArray();
    }
}
