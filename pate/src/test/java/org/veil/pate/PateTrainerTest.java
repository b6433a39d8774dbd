package org.veil.pate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.model.Classifier;
import org.veil.core.model.SavedModels;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.UniformClassifier;
import org.veil.core.privacy.DataDependentRdp;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.pate.analysis.AnalysisKind;
import org.veil.pate.analysis.CostKind;
import org.veil.pate.analysis.PateAnalysis;
import org.veil.pate.analysis.PateAnalysisOptions;
import org.veil.pate.analysis.PateCost;
import org.veil.pate.analysis.QueryOutcomes;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.train.SyntheticData;
import org.veil.core.tribuo.TribuoTrainer;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.student.FirstQueries;
import org.veil.pate.student.LeastConfidentQueries;

/** End-to-end PATE on separable Gaussian blobs: 20 logistic-regression teachers of 100 rows each. */
class PateTrainerTest {
    private static final List<String> CLASSES = List.of("neg", "pos");
    private static Dataset privateData;
    private static Dataset publicRows;
    private static Dataset test;

    @BeforeAll
    static void data() {
        privateData = SyntheticData.blobs(2000, 4, 1, CLASSES);
        publicRows = SyntheticData.blobs(600, 4, 2, CLASSES);
        test = SyntheticData.blobs(500, 4, 3, CLASSES);
    }

    private static PateOptions options() {
        return new PateOptions().withTeachers(20).withAggregator(new ConfidentGnMaxOptions(14, 3, 2))
                .withSelection(new FirstQueries(200)).withParallelism(2);
    }

    private static RunContext seeded(long seed) {
        return RunContext.seeded(seed).withNoise(NoiseSource.seeded(seed));
    }

    @Test
    void confidentGnMaxStudentCarriesTheLedgerGuaranteeAndDiagnostics(@TempDir Path dir) throws Exception {
        PateOptions o = options();
        PateTrainer trainer = new PateTrainer(o, new TribuoTrainer(), new TribuoTrainer(),
                PublicData.withTrueLabels(publicRows));
        PateResult result = trainer.run(privateData, seeded(7));
        TrainingRecord r = result.student().record();
        assertEquals("pate", r.method());
        assertEquals(2000, r.data().rows());
        long answered = result.aggregation().teacherAnswers();
        assertTrue(answered > 150, "answered " + answered);
        // default accounting: the data-dependent analysis of the realised run, one DataDependentRdp entry
        PateCost realised = PateAnalysis.analyse(result.aggregation().votes(), o.aggregator(),
                new PateAnalysisOptions().withCost(CostKind.REALISED),
                QueryOutcomes.passed(result.aggregation().passed()));
        assertEquals(realised.epsilon(), r.privacy().epsilon(), 0);
        assertEquals(realised.ledger(), r.privacy().ledger());
        assertTrue(r.privacy().ledger().entries().get(0).mechanism() instanceof DataDependentRdp);
        assertEquals(r.privacy().epsilon(), new RdpAccountant().epsilon(r.privacy().ledger(), 1e-5).epsilon(), 1e-12);
        double independent = new RdpAccountant().epsilon(result.aggregation().ledger(), 1e-5).epsilon();
        assertEquals(independent, r.metrics().get("epsilonDataIndependent"), 1e-12);
        assertTrue(r.privacy().epsilon() > 0 && r.privacy().epsilon() <= independent, r.metrics().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("depends on the private votes")));
        assertEquals("seeded", r.privacy().noiseSource());
        assertEquals(200.0, r.metrics().get("queries"));
        assertEquals((double) answered, r.metrics().get("answered"));
        assertTrue(r.metrics().get("labelAccuracy") > 0.95, r.metrics().toString());
        assertTrue(r.metrics().get("teacherMeanTrainAccuracy") > 0.95, r.metrics().toString());
        assertTrue(Accuracy.of(result.student().model(), test) > 0.95);
        assertArrayEquals(java.util.stream.IntStream.range(0, 200).toArray(), result.queryRows());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("neighbouring data sets differ by replacing one")));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("20 disjoint teacher parts of 100 rows")), r.notes()
                .toString());
        assertEquals("confident-gnmax", r.options().get("aggregator").get("type").asText());
        assertEquals(TribuoTrainer.METHOD, r.options().get("teacherTrainer").get("method").asText());
        RecordJson.write(r, dir.resolve("record.json"));
        assertEquals(r.privacy().ledger(), RecordJson.read(dir.resolve("record.json")).privacy().ledger());
    }

    @Test
    void interactiveSemiSupervisedRunUsesFreeStudentLabels() {
        PateOptions o = options().withAggregator(new InteractiveGnMaxOptions(10, 3, 2, 0.9))
                .withSelection(new FirstQueries(150, 3)).withSemiSupervised(true)
                .withAccounting(new AccountingOptions(AnalysisKind.DATA_INDEPENDENT, CostKind.REALISED, false));
        BaselineTrainer mlpStudent = new BaselineTrainer(new BaselineOptions().withNetwork(MlpSpec.relu(8))
                .withEpochs(15).withBatchSize(64).withOptimizer(Optimizer.Adam.withLearningRate(0.03)));
        PateResult result = new PateTrainer(o, new TribuoTrainer(), mlpStudent, PublicData.withTrueLabels(publicRows))
                .run(privateData, seeded(8));
        TrainingRecord r = result.student().record();
        // rounds 2 and 3: a confident student that agrees with the teachers labels the rows itself, for free
        assertTrue(result.aggregation().studentAnswers() > 20, "student answers " + result.aggregation().studentAnswers());
        assertEquals(150, result.aggregation().checks());
        assertTrue(result.pseudoLabels() > 0);
        assertEquals((double) result.pseudoLabels(), r.metrics().get("pseudoLabels"));
        assertEquals((double) (result.aggregation().answered() + result.pseudoLabels()), r.metrics().get(
                "studentTrainRows"));
        assertEquals(List.of(new LedgerEntry(new NoisyThreshold(3), 150),
                new LedgerEntry(new GnMax(2), result.aggregation().teacherAnswers())), r.privacy().ledger().entries());
        assertEquals(new RdpAccountant().epsilon(result.aggregation().ledger(), 1e-5).epsilon(), r.privacy().epsilon(),
                0);
        assertTrue(Accuracy.of(result.student().model(), test) > 0.95, r.metrics().toString());
        assertTrue(r.metrics().get("pseudoLabelAccuracy") > 0.95, r.metrics().toString());
    }

    @Test
    void selfTrainingPassUsesItsOwnTrainer() {
        PateOptions o = options().withSelection(new FirstQueries(150)).withSemiSupervised(true);
        BaselineOptions student = new BaselineOptions().withNetwork(MlpSpec.relu(8)).withEpochs(15).withBatchSize(64)
                .withOptimizer(Optimizer.Adam.withLearningRate(0.03));
        PateTrainer base = new PateTrainer(o, new TribuoTrainer(), new BaselineTrainer(student),
                PublicData.unlabelled(publicRows));
        PateResult plain = base.run(privateData, seeded(12));
        PateResult own = base.withSelfTrainingStudent(new BaselineTrainer(student.withEpochs(3)))
                .run(privateData, seeded(12));
        assertTrue(own.pseudoLabels() > 0, "no pseudo-labels: the self-training pass did not run");
        assertEquals(15, plain.student().record().options().path("studentTrainer").path("options").path("epochs")
                .asInt());
        assertEquals(3, own.student().record().options().path("studentTrainer").path("options").path("epochs")
                .asInt());
        assertEquals(plain.aggregation().answered(), own.aggregation().answered(), "same queries and answers");
    }

    @Test
    void leastConfidentRoundsAskDistinctRowsBeyondTheFirstBlock() {
        PateOptions o = options().withSelection(new LeastConfidentQueries(150, 3));
        PateResult result = new PateTrainer(o, new TribuoTrainer(), new TribuoTrainer(),
                PublicData.unlabelled(publicRows)).run(privateData, seeded(13));
        int[] rows = result.queryRows();
        assertEquals(150, Arrays.stream(rows).distinct().count());
        assertArrayEquals(java.util.stream.IntStream.range(0, 50).toArray(), Arrays.copyOf(rows, 50));
        assertTrue(Arrays.stream(rows).max().getAsInt() >= 150, "later rounds pick rows anywhere");
    }

    @Test
    void sameSeedsGiveTheSameRun() {
        PateTrainer trainer = new PateTrainer(options().withTeachers(10).withSelection(new FirstQueries(50)),
                new TribuoTrainer(), new TribuoTrainer(), PublicData.unlabelled(publicRows));
        PateResult a = trainer.run(privateData, seeded(9));
        PateResult b = trainer.run(privateData, seeded(9));
        assertEquals(a.partition().sha256(), b.partition().sha256());
        assertArrayEquals(a.aggregation().labels(), b.aggregation().labels());
        assertArrayEquals(a.student().model().predict(test.features()), b.student().model().predict(test.features()));
        TrainedModel<Classifier> viaTrain = trainer.train(privateData, seeded(9));
        assertArrayEquals(a.student().model().predict(test.features()), viaTrain.model().predict(test.features()));
        assertTrue(a.student().record().metrics().get("labelAccuracy") == null, "labels unknown: no labelAccuracy");
    }

    @Test
    void noAnswerAtAllGivesTheUniformStudentWithTheChecksCostAndANote(@TempDir Path dir) throws Exception {
        PateTrainer trainer = new PateTrainer(options().withTeachers(10).withAggregator(
                new ConfidentGnMaxOptions(1000, 1, 1)).withSelection(new FirstQueries(20)), new TribuoTrainer(),
                new TribuoTrainer(), PublicData.unlabelled(publicRows));
        TrainedModel<Classifier> t = trainer.train(privateData, seeded(10));
        assertTrue(t.model() instanceof UniformClassifier, t.model().getClass().toString());
        double[][] p = t.model().predictProbabilities(publicRows.features());
        assertEquals(1.0 / publicRows.numClasses(), p[0][1], 1e-15);
        TrainingRecord r = t.record();
        assertEquals(0.0, r.metrics().get("answered"));
        assertEquals(20.0, r.metrics().get("queries"));
        // the checks are in the ledger; with T far above every vote count their data-dependent cost is ~0
        assertEquals(1, r.privacy().ledger().entries().size());
        assertTrue(r.privacy().epsilon() >= 0 && r.privacy().epsilon() < 1e-6, r.privacy().toString());
        assertTrue(r.metrics().get("epsilonDataIndependent") > 1, r.metrics().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("no query was answered")), r.notes().toString());
        Path file = dir.resolve("model.zip");
        ((UniformClassifier) t.model()).save(file);
        assertEquals(t.model(), SavedModels.load(file));
    }

    @Test
    void mismatchesAreReportedTogetherBeforeTraining() {
        Dataset wide = SyntheticData.blobs(100, 5, 4, CLASSES);
        PateTrainer trainer = new PateTrainer(options().withTeachers(250).withSelection(new FirstQueries(700)),
                new TribuoTrainer(), new TribuoTrainer(), PublicData.unlabelled(wide));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.train(SyntheticData.blobs(100, 4, 5, CLASSES), seeded(11)));
        String m = e.getMessage();
        assertTrue(m.contains("teachers=250 but data has 100 rows, allowed: teachers <= rows"), m);
        assertTrue(m.contains("public data has 5 features, private data 4"), m);
        assertTrue(m.contains("queries=700 but the public data has 100 rows"), m);
        PateTrainer interactiveInOneRound = new PateTrainer(options().withAggregator(
                new InteractiveGnMaxOptions(1, 1, 1, 0.5)), new TribuoTrainer(), new TribuoTrainer(),
                PublicData.unlabelled(publicRows));
        e = assertThrows(IllegalArgumentException.class, () -> interactiveInOneRound.train(privateData, seeded(12)));
        assertTrue(e.getMessage().contains("aggregator=interactive-gnmax with rounds=1, allowed: rounds >= 2"),
                e.getMessage());
    }
}
