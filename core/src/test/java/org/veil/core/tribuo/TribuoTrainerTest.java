package org.veil.core.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.Label;
import org.veil.core.data.Dataset;
import org.veil.core.error.DataFormatException;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.core.train.SyntheticData;

class TribuoTrainerTest {
    // Veil's order: alpha = 0, zeta = 1. Tribuo 4.3.2 numbers these two labels the other way round
    // (checked in the test below), so a mapping by Tribuo's ids instead of names would fail here.
    private static final List<String> CLASSES = List.of("alpha", "zeta");

    @Test
    void separatesBlobsAndMapsLabelsToVeilClassOrder() {
        Dataset train = SyntheticData.blobs(400, 4, 1, CLASSES);
        assertEquals(1, TribuoExamples.dataset(train).getOutputIDInfo().getID(new Label("alpha")),
                "precondition: Tribuo's label ids differ from Veil's class indices");
        Dataset test = SyntheticData.blobs(400, 4, 2, CLASSES);
        TrainedModel<TribuoClassifier> m = new TribuoTrainer().train(train, RunContext.seeded(3));
        assertEquals(2, m.model().numClasses());
        assertEquals(CLASSES, m.model().classNames());
        // A swapped class order would give about 0% accuracy here instead of ~100%.
        assertTrue(Accuracy.of(m.model(), test) >= 0.95, "test accuracy " + Accuracy.of(m.model(), test));
        double[][] p = m.model().predictProbabilities(test.features());
        for (double[] row : p) {
            assertEquals(1.0, row[0] + row[1], 1e-9);
        }
        assertEquals("tribuo-logistic-regression", m.record().method());
        assertEquals(Double.POSITIVE_INFINITY, m.record().privacy().epsilon());
    }

    @Test
    void classesWithoutTrainingRowsGetProbabilityZero() {
        Dataset blobs = SyntheticData.blobs(100, 3, 4, List.of("a", "b"));
        Dataset three = SyntheticData.dataset("three", blobs.features(), blobs.labels(), List.of("a", "b", "never"));
        TribuoClassifier m = new TribuoTrainer().train(three, RunContext.seeded(1)).model();
        double[][] p = m.predictProbabilities(new double[][] {{0, 0, 0}, {2, 2, 2}});
        assertEquals(3, p[0].length);
        assertEquals(0.0, p[0][2]);
        assertEquals(1.0, p[1][0] + p[1][1], 1e-9);
    }

    @Test
    void sameSeedGivesTheSameModel() {
        Dataset train = SyntheticData.blobs(200, 4, 5, CLASSES);
        double[][] a = new TribuoTrainer().train(train, RunContext.seeded(9)).model()
                .predictProbabilities(train.features());
        double[][] b = new TribuoTrainer().train(train, RunContext.seeded(9)).model()
                .predictProbabilities(train.features());
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
    }

    @Test
    void saveAndLoadGiveIdenticalProbabilities(@TempDir Path dir) throws Exception {
        Dataset train = SyntheticData.blobs(200, 4, 6, CLASSES);
        TribuoClassifier m = new TribuoTrainer().train(train, RunContext.seeded(2)).model();
        Path file = dir.resolve("model.zip");
        m.save(file);
        TribuoClassifier back = TribuoClassifier.load(file);
        assertEquals("tribuo", back.format());
        assertEquals(CLASSES, back.classNames());
        assertEquals(train.schema().featureNames(), back.featureNames());
        double[][] p = m.predictProbabilities(train.features());
        double[][] q = back.predictProbabilities(train.features());
        for (int i = 0; i < p.length; i++) {
            assertArrayEquals(p[i], q[i], 0.0);
        }
    }

    @Test
    void loadingSomethingElseIsADataFormatError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.zip");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0});
        assertThrows(DataFormatException.class, () -> TribuoClassifier.load(file));
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        Dataset train = SyntheticData.blobs(50, 4, 7, CLASSES);
        TribuoClassifier m = new TribuoTrainer().train(train, RunContext.seeded(2)).model();
        assertEquals("x[0] has 2 values, allowed: 4", assertThrows(IllegalArgumentException.class,
                () -> m.predictProbabilities(new double[][] {{1, 2}})).getMessage());
    }

    @Test
    void optionsValidateWithTheValueAndTheAllowedRange() {
        LogisticRegressionOptions o = new LogisticRegressionOptions();
        assertEquals(5, o.epochs());
        assertEquals("epochs=0, allowed: [1, 10000]",
                assertThrows(IllegalArgumentException.class, () -> o.withEpochs(0)).getMessage());
        assertEquals("learningRate=-1.0, allowed: (0, 100]",
                assertThrows(IllegalArgumentException.class, () -> o.withLearningRate(-1)).getMessage());
        assertEquals("epsilon=0.0, allowed: (0, 10]",
                assertThrows(IllegalArgumentException.class, () -> o.withEpsilon(0)).getMessage());
        assertEquals("minibatchSize=0, allowed: [1, 1048576]",
                assertThrows(IllegalArgumentException.class, () -> o.withMinibatchSize(0)).getMessage());
    }

    @Test
    void tribuoInfoLoggingIsSilenced() {
        List<LogRecord> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r);
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
        capture.setLevel(Level.ALL);
        Logger tribuo = Logger.getLogger("org.tribuo");
        tribuo.addHandler(capture);
        try {
            new TribuoTrainer().train(SyntheticData.blobs(30, 2, 8, CLASSES), RunContext.seeded(1));
        } finally {
            tribuo.removeHandler(capture);
        }
        assertEquals(Level.WARNING, tribuo.getLevel());
        assertTrue(seen.stream().noneMatch(r -> r.getLevel().intValue() < Level.WARNING.intValue()),
                () -> "INFO records reached the handler: " + seen.size());
    }
}
