package org.veil.dpsgd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.error.PrivacyBudgetExceededException;
import org.veil.core.model.TrainedModel;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.record.RecordJson;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.core.train.SyntheticData;
import org.veil.dpsgd.checkpoint.CheckpointStore;

class DpSgdTrainerTest {
    private static final Dataset BLOBS = SyntheticData.blobs(2000, 4, 3, List.of("a", "b"));

    private static RunContext seeded(long seed) {
        return RunContext.seeded(seed).withNoise(NoiseSource.seeded(seed + 100));
    }

    private static DpSgdTrainer small() {
        return DpSgdTrainer.withNoiseMultiplier(1.0).network(MlpSpec.relu(8)).epochs(2).batchSize(100)
                .optimizer(Optimizer.Adam.withLearningRate(0.05));
    }

    @Test
    void learnsBlobsAndTheRecordedEpsilonIsTheAccountantsForTheLedger() {
        TrainedModel<Dl4jClassifier> m = small().train(BLOBS, seeded(1));
        assertTrue(Accuracy.of(m.model(), BLOBS) > 0.95, "accuracy " + Accuracy.of(m.model(), BLOBS));
        var privacy = m.record().privacy();
        assertEquals(40, privacy.ledger().totalCount(), "2 epochs of ceil(2000/100) steps");
        assertEquals(new RdpAccountant().epsilon(privacy.ledger(), privacy.delta()).epsilon(), privacy.epsilon(), 0.0);
        assertEquals(privacy.epsilon(), m.record().metrics().get("epsilonRdp"), 0.0);
        assertTrue(m.record().metrics().get("epsilonPld") <= privacy.epsilon() + 1e-9);
        assertEquals(1e-5, privacy.delta(), 0.0, "default delta for N=2000 is 1e-5 (< 1/N = 5e-4)");
        assertEquals(0.05, m.record().metrics().get("sampleRate"), 0.0);
        assertTrue(m.record().metrics().containsKey("clippedFraction.epoch002"));
        assertEquals("dp-sgd", m.record().method());
        // The record round-trips.
        assertEquals(m.record(), RecordJson.mapper().convertValue(RecordJson.mapper().valueToTree(m.record()),
                m.record().getClass()));
    }

    @Test
    void calibratedRunNeverExceedsTheTarget() {
        for (double target : new double[] {0.5, 2.0}) {
            TrainedModel<Dl4jClassifier> m = DpSgdTrainer.withTargetEpsilon(target, 1e-5).network(MlpSpec.relu(8))
                    .epochs(3).batchSize(200).train(BLOBS, seeded(2));
            double eps = m.record().privacy().epsilon();
            assertTrue(eps <= target && eps > 0.9 * target, "epsilon " + eps + " for target " + target);
            assertEquals(target, m.record().metrics().get("targetEpsilon"), 0.0);
        }
    }

    @Test
    void resumedRunEqualsTheUninterruptedRun(@TempDir Path dir) {
        TrainedModel<Dl4jClassifier> whole = small().epochs(3).train(BLOBS, seeded(5));
        // First 1 epoch with checkpoints every 7 steps, then continue the same directory to 3 epochs.
        small().epochs(1).checkpoints(dir, 7).train(BLOBS, seeded(5));
        assertTrue(new CheckpointStore(dir).exists());
        TrainedModel<Dl4jClassifier> resumed = small().epochs(3).checkpoints(dir, 7).train(BLOBS, seeded(5));
        assertEquals(whole.record().privacy().epsilon(), resumed.record().privacy().epsilon(), 0.0);
        assertEquals(whole.record().privacy().ledger(), resumed.record().privacy().ledger());
        assertArrayEquals(whole.model().parameters(), resumed.model().parameters(), 1e-6);
    }

    @Test
    void goingPastTheTargetStopsWithBudgetExceededAfterSaving(@TempDir Path dir) throws Exception {
        DpSgdTrainer t = DpSgdTrainer.withTargetEpsilon(1.0, 1e-5).network(MlpSpec.relu(8)).epochs(2).batchSize(200)
                .checkpoints(dir, 0);
        TrainedModel<Dl4jClassifier> first = t.train(BLOBS, seeded(3));
        assertTrue(first.record().privacy().epsilon() <= 1.0);
        PrivacyBudgetExceededException e = assertThrows(PrivacyBudgetExceededException.class,
                () -> t.epochs(6).train(BLOBS, seeded(3)));
        assertEquals(1.0, e.budgetEpsilon(), 0.0);
        assertTrue(e.wouldBeEpsilon() > 1.0);
        long saved = new CheckpointStore(dir).loadState().orElseThrow().stepsDone();
        assertTrue(saved >= 20, "the checkpoint holds what was trained: " + saved + " steps");
        double spent = new RdpAccountant().epsilon(new CheckpointStore(dir).loadState().orElseThrow().ledger(),
                1e-5).epsilon();
        assertTrue(spent <= 1.0, "saved ledger spends " + spent);
    }

    @Test
    void shuffledBatchesGetNoCertifiedEpsilon() {
        TrainedModel<Dl4jClassifier> m = small().with(o -> o.withPrivacy(o.privacy().withSampling(Sampling.SHUFFLE)))
                .train(BLOBS, seeded(4));
        assertEquals(Double.POSITIVE_INFINITY, m.record().privacy().epsilon());
        assertTrue(m.record().notes().stream().anyMatch(n -> n.contains("no epsilon is certified")));
    }

    @Test
    void nonFiniteInputStopsWithDivergedAndNamesTheCheckpoint() {
        double[][] x = new double[50][];
        int[] y = new int[50];
        for (int i = 0; i < 50; i++) {
            x[i] = BLOBS.features()[i].clone();
            y[i] = BLOBS.labels()[i];
        }
        for (int i = 0; i < 50; i++) {
            x[i][0] = Double.NaN;
        }
        Dataset bad = SyntheticData.dataset("bad", x, y, List.of("a", "b"));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> small().batchSize(10).train(bad, seeded(6)));
        assertTrue(e.getMessage().startsWith("training diverged at step 1:"), e.getMessage());
        assertTrue(e.getMessage().contains("last good checkpoint: none"), e.getMessage());
    }

    @Test
    void rejectsBadSettingsWithTheParameterAndRange() {
        assertEquals("batchSize=3000 exceeds the 2000 training rows, allowed: [1, 2000]",
                assertThrows(IllegalArgumentException.class, () -> small().batchSize(3000).train(BLOBS, seeded(1)))
                        .getMessage());
        String delta = assertThrows(IllegalArgumentException.class,
                () -> DpSgdTrainer.withTargetEpsilon(1, 1e-3).train(BLOBS, seeded(1))).getMessage();
        assertTrue(delta.startsWith("delta=0.001 is >= 1/N = 5.0E-4 for N=2000 rows"), delta);
        assertEquals("maxGradNorm=0.0, allowed: (0, 1000000]",
                assertThrows(IllegalArgumentException.class, () -> small().maxGradNorm(0)).getMessage());
        assertEquals("epsilon=-1.0, allowed: (0, 1000]",
                assertThrows(IllegalArgumentException.class, () -> DpSgdTrainer.withTargetEpsilon(-1, 1e-5))
                        .getMessage());
    }

    @Test
    void defaultDeltaIsAPowerOfTenBelowOneOverN() {
        assertEquals(1e-5, PrivacyOptions.defaultDelta(30_162), 0.0);
        assertEquals(1e-5, PrivacyOptions.defaultDelta(60_000), 0.0);
        assertEquals(1e-6, PrivacyOptions.defaultDelta(100_000), 0.0, "1/N = 1e-5 exactly: strictly below it");
        assertEquals(1e-7, PrivacyOptions.defaultDelta(2_000_000), 0.0);
    }
}
