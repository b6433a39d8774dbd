package org.veil.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.run.RunContext;
import org.veil.core.train.SyntheticData;

/** The audit procedure with stand-in trainers (no DL4J): exact counts, wiring, JSON and refusals. */
class OneRunAuditTest {
    private static final Dataset POOL = SyntheticData.blobs(3000, 2, 4, List.of("a", "b", "c"));

    /** A stand-in trainer: records what it was given and returns {@code model(data)} with a fixed claim. */
    private static final class FakeTrainer implements Trainer<Classifier> {
        private final java.util.function.Function<Dataset, Classifier> model;
        private final PrivacyInfo claim;
        private Dataset seen;

        FakeTrainer(java.util.function.Function<Dataset, Classifier> model, PrivacyInfo claim) {
            this.model = model;
            this.claim = claim;
        }

        @Override
        public TrainedModel<Classifier> train(Dataset data, RunContext ctx) {
            seen = data;
            TrainingRecord r = new TrainingRecord(TrainingRecord.SCHEMA_VERSION, "fake",
                    RecordJson.mapper().createObjectNode(), DataInfo.of(data.source(), data.rows(), null), claim,
                    Map.of(), ctx.seed(), Instant.EPOCH, Instant.EPOCH, Map.of(), List.of());
            return new TrainedModel<>(model.apply(data), r);
        }
    }

    /** Probability 0.98 on the label a row was trained with (rows are matched by identity), uniform elsewhere. */
    private static Classifier memoriser(Dataset data) {
        Map<double[], Integer> trained = new IdentityHashMap<>();
        for (int i = 0; i < data.rows(); i++) {
            trained.put(data.features()[i], data.labels()[i]);
        }
        return uniformExcept(trained);
    }

    private static Classifier uniformExcept(Map<double[], Integer> trained) {
        return new Classifier() {
            @Override
            public double[][] predictProbabilities(double[][] x) {
                double[][] p = new double[x.length][];
                for (int i = 0; i < x.length; i++) {
                    Integer y = trained.get(x[i]);
                    p[i] = y == null ? new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0} : new double[] {0.01, 0.01, 0.01};
                    if (y != null) {
                        p[i][y] = 0.98;
                    }
                }
                return p;
            }

            @Override
            public int numClasses() {
                return 3;
            }
        };
    }

    private static PrivacyInfo claims(double epsilon, double delta) {
        return new PrivacyInfo(epsilon, delta, "claimed", new PrivacyLedger(), null, "none");
    }

    @Test
    void aPerfectMemoriserGetsEveryGuessRightAndRaisesTheAlarm() {
        FakeTrainer t = new FakeTrainer(OneRunAuditTest::memoriser, claims(1.0, 1e-5));
        AuditOptions o = new AuditOptions(1000, 100, 100, 0.95, CanaryKind.MISLABELLED, null, 21L);
        AuditResult r = OneRunAudit.run(t, POOL, o, RunContext.seeded(1));
        assertEquals(200, r.guesses());
        assertEquals(200, r.correct(), "included canaries score ln 0.98, excluded ln 1/3");
        // m=1000, r=200, v=200, delta=1e-5, beta=0.05: 4.16649017482996 (Appendix D transcription) and
        // 4.166490177408454 (jax_privacy 8967688c _epsilon_one_run), /work/refs/scripts/one_run_bound_ref.py, scipy 1.17.1.
        assertEquals(4.16649017482996, r.epsilonLowerBound(), 1e-6);
        assertTrue(r.alarm());
        assertEquals(1e-5, r.delta(), 0.0, "delta from the record when the options leave it null");
        assertEquals(3000 - 1000 + r.included(), r.trainingRows());
        assertEquals(r.trainingRows(), t.seen.rows());
    }

    @Test
    void trainsOnNonCanariesAndIncludedCanariesWithTheirNewLabels() {
        CanaryDesign d = CanaryDesign.draw(POOL, 500, CanaryKind.MISLABELLED, new SplittableRandom(2));
        Dataset train = OneRunAudit.trainingData(POOL, d);
        Map<double[], Integer> label = new IdentityHashMap<>();
        for (int i = 0; i < train.rows(); i++) {
            label.put(train.features()[i], train.labels()[i]);
        }
        int[] rows = d.rows();
        boolean[] in = d.included();
        for (int i = 0; i < rows.length; i++) {
            double[] x = POOL.features()[rows[i]];
            assertEquals(in[i], label.containsKey(x), "canary " + i + " is trained on iff included");
            if (in[i]) {
                assertEquals(d.labels()[i], label.get(x), "with its mislabel");
            }
        }
        assertEquals(POOL.rows() - 500 + d.includedCount(), train.rows());
        assertEquals(POOL.rows() - 500 + d.includedCount(), label.size(), "no row twice");
    }

    @Test
    void aModelThatIgnoresItsDataFindsNothingAndANonPrivateClaimNeverAlarms() {
        FakeTrainer t = new FakeTrainer(d -> uniformExcept(Map.of()), PrivacyInfo.nonPrivate());
        AuditResult r = OneRunAudit.run(t, POOL, new AuditOptions().withSeed(3L).withK(250), RunContext.seeded(1));
        // Equal scores: the guesses follow canary order, independent of the coins; v ~ Binomial(500, 1/2).
        assertTrue(Math.abs(r.correct() - 250) < 60, "correct " + r.correct());
        assertTrue(r.epsilonLowerBound() < 0.4, "bound " + r.epsilonLowerBound());
        assertFalse(r.alarm());
        assertEquals(Double.POSITIVE_INFINITY, r.claimedEpsilon(), 0.0);
        assertEquals(0.0, r.delta(), 0.0);
    }

    @Test
    void resultSerialisesToJsonWithTheContractFields() throws Exception {
        FakeTrainer t = new FakeTrainer(d -> uniformExcept(Map.of()), PrivacyInfo.nonPrivate());
        AuditResult r = OneRunAudit.run(t, POOL, new AuditOptions(100, 10, 10, 0.95, CanaryKind.MISLABELLED, 1e-6, null),
                RunContext.seeded(1));
        JsonNode j = RecordJson.mapper().readTree(RecordJson.toJson(r));
        for (String f : List.of("canaries", "guesses", "correct", "epsilonLowerBound", "claimedEpsilon", "delta",
                "confidence", "alarm", "seed")) {
            assertTrue(j.has(f), "field " + f + " in " + j);
        }
        assertEquals(100, j.get("canaries").asInt());
        assertEquals(20, j.get("guesses").asInt());
        assertEquals("Infinity", j.get("claimedEpsilon").asText());
        assertEquals(1e-6, j.get("delta").asDouble(), 0.0);
        assertTrue(j.get("seed").isNull(), "secure coins have no seed");
        assertEquals("DRAWN", j.get("design").asText());
        assertEquals(r, RecordJson.mapper().treeToValue(j, AuditResult.class), "round trip");
    }

    @Test
    void aDeclaredDesignIsAuditedAndRecordedAsDeclared() {
        CanaryDesign drawn = CanaryDesign.draw(POOL, 300, CanaryKind.UNMODIFIED, new SplittableRandom(8));
        InclusionDeclaration fromFile = new InclusionDeclaration(CanaryKind.UNMODIFIED, drawn.rows(), drawn.labels(),
                drawn.included(), 0.5, true, "SplittableRandom(8), written to a file");
        CanaryDesign declared = CanaryDesign.declared(POOL, fromFile);
        FakeTrainer t = new FakeTrainer(OneRunAuditTest::memoriser, claims(2.0, 1e-5));
        AuditResult r = OneRunAudit.run(t, POOL, declared, new AuditOptions().withCanaries(300).withSeed(99L),
                RunContext.seeded(1));
        assertEquals(DesignOrigin.DECLARED, r.design());
        assertNull(r.seed(), "the options' seed did not draw these coins");
        assertEquals(CanaryKind.UNMODIFIED, r.canaryKind());
    }

    @Test
    void refusesADesignMadeForAnotherPoolOrSize() {
        FakeTrainer t = new FakeTrainer(OneRunAuditTest::memoriser, claims(1.0, 1e-5));
        CanaryDesign d = CanaryDesign.draw(POOL, 300, CanaryKind.MISLABELLED, new SplittableRandom(8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OneRunAudit.run(t, POOL, d, new AuditOptions(), RunContext.seeded(1)));
        assertTrue(e.getMessage().startsWith("design has 300 canaries for a pool of 3000 rows; allowed: canaries=1000"),
                e.getMessage());
        Dataset smaller = POOL.subset(new int[] {0, 1, 2, 3}, "small");
        assertThrows(IllegalArgumentException.class,
                () -> OneRunAudit.run(t, smaller, d, new AuditOptions().withCanaries(300), RunContext.seeded(1)));
    }
}
