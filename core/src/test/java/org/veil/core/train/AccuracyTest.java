package org.veil.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;

class AccuracyTest {

    /** Predicts class 1 exactly when the first feature is positive. */
    private static final Classifier SIGN = new Classifier() {
        @Override
        public double[][] predictProbabilities(double[][] x) {
            double[][] p = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                p[i] = x[i][0] > 0 ? new double[] {0.2, 0.8} : new double[] {0.9, 0.1};
            }
            return p;
        }

        @Override
        public int numClasses() {
            return 2;
        }
    };

    @Test
    void countsCorrectRowsAcrossBatchBoundaries() {
        double[][] x = {{1}, {-1}, {2}, {-3}, {4}};
        int[] y = {1, 0, 0, 0, 1}; // row 2 is wrong: 4 of 5 correct
        Dataset d = SyntheticData.dataset("t", x, y, List.of("no", "yes"));
        assertEquals(0.8, Accuracy.of(SIGN, d), 1e-15);
        assertEquals(0.8, Accuracy.of(SIGN, d, 2), 1e-15);
        assertEquals(0.8, Accuracy.of(SIGN, d, 1), 1e-15);
    }

    @Test
    void emptyDataIsNanAndMismatchesAreRejected() {
        Dataset empty = SyntheticData.dataset("e", new double[0][], new int[0], List.of("no", "yes"));
        assertTrue(Double.isNaN(Accuracy.of(SIGN, empty)));
        Dataset three = SyntheticData.dataset("t", new double[][] {{1}}, new int[] {0}, List.of("a", "b", "c"));
        assertEquals("classifier has 2 classes, data has 3",
                assertThrows(IllegalArgumentException.class, () -> Accuracy.of(SIGN, three)).getMessage());
        assertEquals("batchSize=0, allowed: >= 1", assertThrows(IllegalArgumentException.class,
                () -> Accuracy.of(SIGN, three, 0)).getMessage());
    }

    @Test
    void theParallelFormPredictsEveryRowOnceAndAgreesWithTheSequentialOne() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        int n = 1001; // not a multiple of the part counts below
        double[][] x = new double[n][1];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble(-1, 1);
            y[i] = r.nextInt(2);
        }
        Dataset d = SyntheticData.dataset("p", x, y, List.of("no", "yes"));
        double sequential = Accuracy.of(SIGN, d);
        java.util.concurrent.atomic.AtomicInteger copies = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger rows = new java.util.concurrent.atomic.AtomicInteger();
        Classifier counting = new Classifier() {
            @Override
            public double[][] predictProbabilities(double[][] rowsIn) {
                rows.addAndGet(rowsIn.length);
                return SIGN.predictProbabilities(rowsIn);
            }

            @Override
            public int numClasses() {
                return 2;
            }
        };
        for (int parts : new int[] {1, 2, 3, 7}) {
            copies.set(0);
            rows.set(0);
            assertEquals(sequential, Accuracy.inParallel(() -> {
                copies.incrementAndGet();
                return counting;
            }, d, parts), 1e-15);
            assertEquals(parts, copies.get());
            assertEquals(n, rows.get());
        }
        assertEquals("parts=0, allowed: >= 1", assertThrows(IllegalArgumentException.class,
                () -> Accuracy.inParallel(() -> SIGN, d, 0)).getMessage());
        Dataset three = SyntheticData.dataset("t", new double[][] {{1}, {2}}, new int[] {0, 1}, List.of("a", "b", "c"));
        assertEquals("classifier has 2 classes, data has 3", assertThrows(IllegalArgumentException.class,
                () -> Accuracy.inParallel(() -> SIGN, three, 2)).getMessage());
    }
}
