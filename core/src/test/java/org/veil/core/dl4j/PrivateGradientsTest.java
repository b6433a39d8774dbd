package org.veil.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.veil.core.data.Dataset;
import org.veil.core.train.SyntheticData;

/**
 * Oracle tests (DESIGN.md 4.9): Veil's vectorised per-example gradients, ghost norms and clipped
 * sums against DL4J's own backward pass run on one example at a time.
 */
class PrivateGradientsTest {
    private static final Optimizer SGD = new Optimizer.Sgd(0.1);

    private static Dataset random(int n, int d, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = r.nextInt(classes);
        }
        List<String> names = java.util.stream.IntStream.range(0, classes).mapToObj(c -> "c" + c).toList();
        return SyntheticData.dataset("random", x, y, names);
    }

    private static int[] range(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    private static ConvNetSpec smallConvNet() {
        return new ConvNetSpec(8, 7, 2, List.of(new ConvStage(3, 3, 1, 1, 2, 1), new ConvStage(4, 2, 2, 0, 0, 1)),
                List.of(5), Activation.TANH);
    }

    /** Max |a - b| over all entries. */
    private static double maxDiff(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    private static void checkAgainstReference(Dl4jClassifier model, Dataset data) {
        for (ConvNorms mode : ConvNorms.values()) {
            checkAgainstReference(model, data, mode);
        }
    }

    private static void checkAgainstReference(Dl4jClassifier model, Dataset data, ConvNorms mode) {
        int n = data.rows();
        int[] rows = range(n);
        try (PrivateGradients pg = new PrivateGradients(model, data.features(), data.labels(), 64, mode)) {
            double[][] ref = pg.referenceGradients(rows);
            double[][] sq = pg.squaredNorms(rows);
            double[] refNorms = new double[n];
            for (int i = 0; i < n; i++) {
                double[] onehot = new double[n];
                onehot[i] = 1;
                double[] g = pg.weightedSum(rows, onehot);
                assertTrue(maxDiff(g, ref[i]) < 1e-5, mode + ": example " + i + " gradient differs by "
                        + maxDiff(g, ref[i]));
                double s = 0;
                for (double v : ref[i]) {
                    s += v * v;
                }
                refNorms[i] = Math.sqrt(s);
                double ours = 0;
                for (double[] layer : sq) {
                    ours += layer[i];
                }
                assertEquals(refNorms[i], Math.sqrt(ours), 1e-5 * Math.max(1, refNorms[i]), mode + ": norm of example " + i);
            }
            // Clip at the median norm so that about half the examples are scaled down.
            double[] sorted = refNorms.clone();
            Arrays.sort(sorted);
            double c = sorted[n / 2];
            double[] expected = new double[ref[0].length];
            for (int i = 0; i < n; i++) {
                double f = Math.min(1, c / refNorms[i]);
                for (int j = 0; j < expected.length; j++) {
                    expected[j] += f * ref[i][j];
                }
            }
            ClipStats stats = pg.accumulate(rows, new Clipping.Flat(c));
            double[] clipped = pg.drainGradientSum();
            assertTrue(maxDiff(clipped, expected) < 1e-5, mode + ": clipped sum differs by " + maxDiff(clipped, expected));
            assertEquals(n, stats.examples());
            assertEquals(n - n / 2 - 1, stats.clipped(), 1.0);
        }
    }

    @Test
    void denseGradientsNormsAndClippedSumMatchOneAtATimeReference() {
        Dataset data = random(20, 5, 3, 1);
        checkAgainstReference(Dl4jClassifier.initialise(MlpSpec.relu(8, 6), 5, 3, SGD, 0, 11), data);
    }

    @Test
    void convolutionGradientsNormsAndClippedSumMatchOneAtATimeReference() {
        ConvNetSpec spec = smallConvNet();
        Dataset data = random(12, spec.inputWidth(), 3, 2);
        checkAgainstReference(Dl4jClassifier.initialise(spec, spec.inputWidth(), 3, SGD, 0, 12), data);
    }

    @Test
    void lenetStyleCnnWithReluAndStride2PoolingMatchesReference() {
        CnnSpec spec = new CnnSpec(12, 12, 1, 3, 2, 3, 6, Activation.TANH);
        Dataset data = random(8, spec.inputWidth(), 4, 3);
        checkAgainstReference(Dl4jClassifier.initialise(spec, spec.inputWidth(), 4, SGD, 0, 13), data);
    }

    @Test
    void liEtAlRuleChoosesGhostNormsWhenGramMatricesAreSmaller() {
        // Papernot et al. 2021 CNN on MNIST: conv1 has T = 14*14 positions, outC = 16, K = 64: materialise;
        // conv2 has T = 5*5, outC = 32, K = 16*4*4 = 256: 2*625 < 8192, ghost.
        assertEquals(false, ConvNorms.AUTO.ghost(196, 16, 64));
        assertEquals(true, ConvNorms.AUTO.ghost(25, 32, 256));
    }

    @Test
    void everyClippedExampleHasNormAtMostTheBound() {
        Dataset data = random(30, 6, 2, 4);
        Dl4jClassifier model = Dl4jClassifier.initialise(MlpSpec.relu(16), 6, 2, SGD, 0, 5);
        try (PrivateGradients pg = model.privateGradients(data, 7)) {
            double c = 0.05;
            for (int i = 0; i < data.rows(); i++) {
                ClipStats s = pg.accumulate(new int[] {i}, new Clipping.Flat(c));
                double[] g = pg.drainGradientSum();
                double norm = 0;
                for (double v : g) {
                    norm += v * v;
                }
                // Float32 arithmetic: the bound holds up to rounding; DpSgdTrainer clips below C by a margin.
                assertTrue(Math.sqrt(norm) <= c * (1 + 1e-6), "example " + i + " has clipped norm " + Math.sqrt(norm));
                assertEquals(1, s.clipped(), "every example is above 0.05 here");
            }
        }
    }

    @Test
    void perLayerClippingBoundsEachLayerSeparately() {
        Dataset data = random(10, 4, 2, 6);
        Dl4jClassifier model = Dl4jClassifier.initialise(MlpSpec.relu(5), 4, 2, SGD, 0, 7);
        long hidden = 4 * 5 + 5;
        try (PrivateGradients pg = model.privateGradients(data, 4)) {
            assertEquals(2, pg.parameterisedLayers().size());
            Clipping per = new Clipping.PerLayer(List.of(0.01, 0.02));
            assertEquals(Math.sqrt(0.01 * 0.01 + 0.02 * 0.02), per.sensitivity(), 1e-15);
            for (int i = 0; i < data.rows(); i++) {
                pg.accumulate(new int[] {i}, per);
                double[] g = pg.drainGradientSum();
                double first = 0;
                double second = 0;
                for (int j = 0; j < g.length; j++) {
                    if (j < hidden) {
                        first += g[j] * g[j];
                    } else {
                        second += g[j] * g[j];
                    }
                }
                assertTrue(Math.sqrt(first) <= 0.01 * (1 + 1e-6), "hidden layer norm " + Math.sqrt(first));
                assertTrue(Math.sqrt(second) <= 0.02 * (1 + 1e-6), "output layer norm " + Math.sqrt(second));
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> pg.accumulate(new int[] {0}, new Clipping.PerLayer(List.of(1.0))));
            assertTrue(e.getMessage().startsWith("per-layer clipping has 1 bounds, allowed: 2"), e.getMessage());
        }
    }

    @Test
    void physicalChunkSizeDoesNotChangeTheSum() {
        Dataset data = random(50, 5, 3, 8);
        Dl4jClassifier model = Dl4jClassifier.initialise(MlpSpec.relu(8), 5, 3, SGD, 0, 9);
        double[] whole;
        try (PrivateGradients pg = model.privateGradients(data, 64)) {
            pg.accumulate(range(50), new Clipping.Flat(0.5));
            whole = pg.drainGradientSum();
        }
        try (PrivateGradients pg = model.privateGradients(data, 7)) {
            pg.accumulate(range(50), new Clipping.Flat(0.5));
            assertTrue(maxDiff(whole, pg.drainGradientSum()) < 1e-5);
        }
    }

    @Test
    void withoutClippingOrNoiseAStepEqualsDl4jFit() {
        Dataset data = random(40, 5, 3, 10);
        Optimizer adam = Optimizer.Adam.withLearningRate(0.01);
        Dl4jClassifier ours = Dl4jClassifier.initialise(MlpSpec.relu(8), 5, 3, adam, 1e-3, 14);
        Dl4jClassifier theirs = ours.copy();
        int[] rows = range(40);
        try (PrivateGradients pg = ours.privateGradients(data, 16); Dl4jFitter fit = theirs.fitter(data)) {
            for (int step = 0; step < 3; step++) {
                pg.accumulate(rows, new Clipping.Flat(1e9));
                pg.applyStep(pg.drainGradientSum(), rows.length);
                fit.fitBatch(rows, 0, rows.length);
            }
            assertEquals(3, pg.iterations());
        }
        double d = maxDiff(ours.parameters(), theirs.parameters());
        assertTrue(d < 1e-5, "parameters differ by " + d);
    }

    @Test
    void refusesBatchNormalisationAndNamesTheLayer() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT).list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(3).build())
                .layer(new BatchNormalization.Builder().nOut(3).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(3).nOut(2)
                        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        Dl4jClassifier model = new Dl4jClassifier(net);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.privateGradients(random(5, 4, 2, 1), 8));
        assertTrue(e.getMessage().contains("layer 1 (BatchNormalization): batch normalisation mixes the examples"),
                e.getMessage());
    }
}
