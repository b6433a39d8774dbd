package org.veil.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.veil.core.data.Dataset;
import org.veil.core.error.DataFormatException;
import org.veil.core.train.SyntheticData;

class Dl4jClassifierTest {
    private static final Optimizer ADAM = Optimizer.Adam.withLearningRate(1e-2);

    private static Dl4jClassifier mlp(long seed) {
        return Dl4jClassifier.initialise(MlpSpec.relu(8), 4, 3, ADAM, 1e-4, seed);
    }

    private static Dataset blobs(int n) {
        return SyntheticData.blobs(n, 4, 5, List.of("a", "b", "c"));
    }

    private static void train(Dl4jClassifier model, Dataset data, int steps) {
        int[] order = new int[data.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = order.length - 1 - i;
        }
        try (Dl4jFitter fitter = model.fitter(data)) {
            for (int s = 0; s < steps; s++) {
                fitter.fitBatch(order, 0, order.length);
            }
        }
    }

    @Test
    void buildsFloat32NetworkWithTheRequestedShape() {
        Dl4jClassifier m = mlp(1);
        assertEquals(3, m.numClasses());
        assertEquals(4, m.numFeatures());
        assertEquals(4 * 8 + 8 + 8 * 3 + 3, m.numParameters());
        assertEquals(DataType.FLOAT, m.network().params().dataType());
        assertEquals("dl4j-multilayer", m.format());
    }

    @Test
    void probabilitiesAreDistributionsAndBatchingDoesNotChangeThem() {
        Dl4jClassifier m = mlp(2);
        Dataset d = SyntheticData.blobs(Dl4jClassifier.PREDICT_BATCH + 17, 4, 3, List.of("a", "b", "c"));
        double[][] p = m.predictProbabilities(d.features());
        assertEquals(d.rows(), p.length);
        for (double[] row : p) {
            assertEquals(3, row.length);
            assertEquals(1.0, row[0] + row[1] + row[2], 1e-5);
        }
        double[][] last = m.predictProbabilities(new double[][] {d.features()[d.rows() - 1]});
        assertArrayEquals(p[d.rows() - 1], last[0], 0.0);
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mlp(1).predictProbabilities(new double[][] {{1, 2, 3}}));
        assertEquals("x[0] has 3 values, allowed: 4", e.getMessage());
    }

    @Test
    void sameSeedGivesSameInitialWeightsAndDifferentSeedsDoNot() {
        assertArrayEquals(mlp(7).parameters(), mlp(7).parameters(), 0.0);
        assertFalse(java.util.Arrays.equals(mlp(7).parameters(), mlp(8).parameters()));
    }

    @Test
    void fitterStepEqualsDl4jFitOnTheSameRowsInTheSameOrder() {
        Dataset d = blobs(40);
        Dl4jClassifier viaFitter = mlp(3);
        Dl4jClassifier direct = mlp(3);
        int[] order = {5, 3, 39, 0, 17, 17, 22};
        try (Dl4jFitter f = viaFitter.fitter(d)) {
            f.fitBatch(order, 1, 6);
        }
        double[][] x = new double[5][];
        int[] y = new int[5];
        for (int i = 0; i < 5; i++) {
            x[i] = d.features()[order[1 + i]];
            y[i] = d.labels()[order[1 + i]];
        }
        direct.network().fit(new DataSet(NdArrays.rows(x, 0, 5, 4), NdArrays.oneHot(y, 3)));
        assertArrayEquals(direct.parameters(), viaFitter.parameters(), 0.0);
    }

    @Test
    void saveAndLoadGiveIdenticalProbabilitiesAndUpdaterState(@TempDir Path dir) throws Exception {
        Dataset d = blobs(64);
        Dl4jClassifier m = mlp(4);
        train(m, d, 3);
        Path file = dir.resolve("model.zip");
        m.save(file);
        Dl4jClassifier back = Dl4jClassifier.load(file);
        assertEquals(m.numClasses(), back.numClasses());
        assertEquals(m.numFeatures(), back.numFeatures());
        double[][] p = m.predictProbabilities(d.features());
        double[][] q = back.predictProbabilities(d.features());
        for (int i = 0; i < p.length; i++) {
            assertArrayEquals(p[i], q[i], 0.0);
        }
        // Adam's moments travel with the model: continuing training gives the same parameters.
        train(m, d, 2);
        train(back, d, 2);
        assertArrayEquals(m.parameters(), back.parameters(), 0.0);
    }

    @Test
    void loadingSomethingElseIsADataFormatError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.zip");
        Files.writeString(file, "not a zip");
        DataFormatException e = assertThrows(DataFormatException.class, () -> Dl4jClassifier.load(file));
        assertTrue(e.getMessage().contains("not a dl4j-multilayer model"), e.getMessage());
    }

    @Test
    void parametersRoundTripAndCopiesAreIndependent() {
        Dl4jClassifier m = mlp(5);
        Dl4jClassifier copy = m.copy();
        double[] p = m.parameters();
        double[] shifted = p.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 0.25;
        }
        m.setParameters(shifted);
        assertArrayEquals(shifted, m.parameters(), 1e-6);
        assertArrayEquals(p, copy.parameters(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> m.setParameters(new double[3]));
    }

    @Test
    void floatParametersMatchDoubleOnesAndRoundTrip() {
        Dl4jClassifier m = mlp(6);
        double[] d = m.parameters();
        float[] f = m.parameterFloats();
        assertEquals(d.length, f.length);
        for (int i = 0; i < d.length; i++) {
            assertEquals((float) d[i], f[i], 0f);
        }
        float[] g = f.clone();
        g[0] += 1f;
        g[g.length - 1] -= 2f;
        m.setParameters(g);
        assertArrayEquals(g, m.parameterFloats(), 0f);
        assertThrows(IllegalArgumentException.class, () -> m.setParameters(new float[2]));
    }

    @Test
    void shrinkTowardsMovesTheParametersTheRequestedFractionOfTheWay() {
        Dl4jClassifier m = mlp(7);
        float[] start = m.parameterFloats();
        float[] anchor = new float[start.length];
        for (int i = 0; i < anchor.length; i++) {
            anchor[i] = i % 3 - 1f;
        }
        try (Dl4jFitter fitter = m.fitter(blobs(10))) {
            fitter.shrinkTowards(anchor, 0.25);
            float[] after = m.parameterFloats();
            for (int i = 0; i < after.length; i++) {
                assertEquals(start[i] - 0.25 * (start[i] - anchor[i]), after[i], 1e-6);
            }
            fitter.shrinkTowards(anchor, 1.0);
            assertArrayEquals(anchor, m.parameterFloats(), 1e-6f);
            assertThrows(IllegalArgumentException.class, () -> fitter.shrinkTowards(anchor, 1.5));
            assertThrows(IllegalArgumentException.class, () -> fitter.shrinkTowards(new float[3], 0.1));
        }
    }

    @Test
    void concurrentPredictionsMatchSequentialOnes() throws Exception {
        Dl4jClassifier m = mlp(6);
        Dataset d = blobs(300);
        double[][] expected = m.predictProbabilities(d.features());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> m.predictProbabilities(d.features())));
            }
            for (Future<double[][]> f : results) {
                double[][] got = f.get();
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], got[i], 0.0);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void smallCnnBuildsTrainsAndRoundTrips(@TempDir Path dir) throws Exception {
        CnnSpec spec = new CnnSpec(12, 12, 1, 3, 2, 3, 8, Activation.RELU);
        Dl4jClassifier m = Dl4jClassifier.initialise(spec, 144, 2, ADAM, 0, 9);
        assertEquals(144, m.numFeatures());
        double[][] x = new double[16][144];
        int[] y = new int[16];
        for (int i = 0; i < 16; i++) {
            y[i] = i % 2;
            for (int p = 0; p < 144; p++) {
                // Class 1 lights the left half of the image, class 0 the right half.
                x[i][p] = ((p % 12) < 6) == (y[i] == 1) ? 1 : 0;
            }
        }
        Dataset d = SyntheticData.dataset("stripes", x, y, List.of("right", "left"));
        train(m, d, 30);
        assertArrayEquals(y, m.predict(x));
        Path file = dir.resolve("cnn.zip");
        m.save(file);
        Dl4jClassifier back = Dl4jClassifier.load(file);
        assertEquals(144, back.numFeatures());
        assertArrayEquals(m.predictProbabilities(x)[3], back.predictProbabilities(x)[3], 0.0);
    }
}
