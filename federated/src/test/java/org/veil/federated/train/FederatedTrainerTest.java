package org.veil.federated.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.core.train.SyntheticData;
import org.veil.federated.client.Behaviour;
import org.veil.federated.dp.DpFedAvgOptions;
import org.veil.federated.model.LocalTrainingOptions;
import org.veil.federated.model.ModelChoice;
import org.veil.federated.server.EventLog;
import org.veil.federated.server.FederationOptions;
import org.veil.federated.server.StrategyOptions;
import org.veil.federated.sim.SimulationOptions;

/** End to end through the in-process protocol: clients, sessions, chunks, validation, aggregation, DP. */
class FederatedTrainerTest {

    private static final Dataset TRAIN = SyntheticData.blobs(600, 5, 21, List.of("a", "b", "c"));
    private static final Dataset TEST = SyntheticData.blobs(300, 5, 22, List.of("a", "b", "c"));

    private static FederationOptions federation(int rounds, int perRound) {
        return new FederationOptions(rounds, perRound, 1, 60_000, 2, new LocalTrainingOptions(2, 10, 0.1, 0),
                new StrategyOptions(), null, 1e4, 0, null, 0);
    }

    private static TrainedModel<Dl4jClassifier> train(FederationOptions f, SimulationOptions s, EventLog log,
            long seed) {
        FederatedTrainerOptions o = new FederatedTrainerOptions(ModelChoice.logistic(), f, s);
        return new FederatedTrainer(o).withLog(log)
                .train(TRAIN, RunContext.seeded(seed).withNoise(NoiseSource.seeded(seed)));
    }

    @Test
    void fedAvgLearnsAndRecordsTheProtocolCounts() {
        EventLog log = EventLog.inMemory(line -> { });
        TrainedModel<Dl4jClassifier> m = train(federation(5, 8), SimulationOptions.iid(20).withThreads(2), log, 1);
        double acc = Accuracy.of(m.model(), TEST);
        assertTrue(acc > 0.9, "accuracy " + acc);
        assertEquals("fedavg", m.record().method());
        assertEquals(5.0, m.record().metrics().get("rounds"));
        assertEquals(0.0, m.record().metrics().get("rejectedUpdates"));
        assertEquals(Double.POSITIVE_INFINITY, m.record().privacy().epsilon());
        assertEquals(5, log.events("round_completed").size());
        assertEquals(8, log.events("round_completed").get(0).path("accepted").asInt());
    }

    @Test
    void garbageUpdatesAreRejectedWithTheirReasonAndTheRestStillTrains() {
        EventLog log = EventLog.inMemory(line -> { });
        TrainedModel<Dl4jClassifier> m = train(federation(3, 20),
                SimulationOptions.iid(20).withThreads(2).withMalicious(2, Behaviour.GARBAGE), log, 2);
        assertEquals(6.0, m.record().metrics().get("rejectedUpdates"), "2 garbage clients x 3 rounds");
        assertTrue(log.events("update_rejected").stream().allMatch(e -> e.path("reason").asText().contains("NaN")));
        assertTrue(Accuracy.of(m.model(), TEST) > 0.85);
    }

    @Test
    void poisonedClientsWreckFedAvgButNotTheMedian() {
        SimulationOptions s = SimulationOptions.iid(10).withThreads(2).withMalicious(3, Behaviour.FLIP_SCALE);
        double fedavg = Accuracy.of(train(federation(6, 10), s, EventLog.inMemory(l -> { }), 3).model(), TEST);
        double median = Accuracy.of(train(federation(6, 10).withStrategy(StrategyOptions.parse("median")), s,
                EventLog.inMemory(l -> { }), 3).model(), TEST);
        assertTrue(fedavg < 0.6, "fedavg under 3/10 flip-scale attackers: " + fedavg);
        assertTrue(median > 0.85, "median: " + median);
    }

    @Test
    void secureAggregationGivesThePlainMeanWithoutTheServerSeeingAnUpdate() {
        SimulationOptions s = SimulationOptions.iid(10).withThreads(2);
        EventLog plainLog = EventLog.inMemory(l -> { });
        EventLog secureLog = EventLog.inMemory(l -> { });
        Dl4jClassifier plain = train(federation(2, 10), s, plainLog, 6).model();
        Dl4jClassifier secure = train(federation(2, 10).withSecureAggregation(
                new org.veil.federated.server.SecureAggregationOptions(100)), s, secureLog, 6).model();
        // equal shares, so FedAvg's weighted mean is the plain mean; fixed point at scale 2^30/(10 x 100) ~ 1e6
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain.parameterFloats(), secure.parameterFloats(), 1e-4f);
        assertEquals(8, secureLog.events("secagg_stage").size(), "4 stages x 2 rounds");
        assertTrue(secureLog.events("secagg_stage").stream().allMatch(e -> e.path("answered").asInt() == 10));
        assertEquals("secure-mean", secureLog.events("round_completed").get(0).path("rule").asText());
    }

    @Test
    void aSecureRoundGoesOnWithoutAClientThatFailsMidRound() {
        EventLog log = EventLog.inMemory(l -> { });
        long t0 = System.currentTimeMillis();
        TrainedModel<Dl4jClassifier> m = train(federation(2, 10).withSecureAggregation(
                new org.veil.federated.server.SecureAggregationOptions()),
                SimulationOptions.iid(10).withThreads(2).withMalicious(1, Behaviour.GARBAGE), log, 8);
        assertTrue(System.currentTimeMillis() - t0 < 50_000, "no wait for the 60 s deadline");
        assertEquals(2, log.events("client_failed").size(), "the NaN update cannot be encoded, once per round");
        assertEquals(9, log.events("round_completed").get(0).path("accepted").asInt());
        assertEquals(2.0, m.record().metrics().get("droppedUpdates"));
    }

    @Test
    void secureAggregationWithDpAccountsEveryRound() {
        FederationOptions f = federation(3, 20).withDp(DpFedAvgOptions.fixed(1.0, 1.0).withDelta(1e-4))
                .withSecureAggregation(new org.veil.federated.server.SecureAggregationOptions());
        TrainedModel<Dl4jClassifier> m = train(f, SimulationOptions.iid(200).withThreads(2), EventLog.inMemory(l -> { }),
                7);
        assertEquals(3, m.record().privacy().ledger().totalCount());
        assertTrue(Accuracy.of(m.model(), TEST) > 0.5);
    }

    @Test
    void theAdaptiveClipGrowsWhenUpdatesExceedItWithAndWithoutSecureAggregation() {
        // every local update is far larger than C_0 = 1e-3, so the unclipped fraction is ~0 and C must grow by
        // about exp(0.2 * 0.5) per round (Andrew et al. 2021). The server must count on norms before clipping
        // and, under secure aggregation, on the clients' indicators summed in the masked vector: same cohorts,
        // same noise, so the same clips.
        FederationOptions f = federation(3, 20).withDp(DpFedAvgOptions.fixed(1.0, 1e-3).withDelta(1e-4)
                .withAdaptive(new org.veil.federated.dp.AdaptiveClipping()));
        EventLog plainLog = EventLog.inMemory(l -> { });
        EventLog secureLog = EventLog.inMemory(l -> { });
        Dl4jClassifier plain = train(f, SimulationOptions.iid(200).withThreads(2), plainLog, 9).model();
        Dl4jClassifier secure = train(f.withSecureAggregation(new org.veil.federated.server.SecureAggregationOptions()),
                SimulationOptions.iid(200).withThreads(2), secureLog, 9).model();
        List<com.fasterxml.jackson.databind.node.ObjectNode> p = plainLog.events("round_completed");
        List<com.fasterxml.jackson.databind.node.ObjectNode> s = secureLog.events("round_completed");
        assertEquals(3, p.size());
        assertEquals(3, s.size());
        for (int r = 0; r < 3; r++) {
            double clip = p.get(r).path("clip").asDouble();
            double next = p.get(r).path("nextClip").asDouble();
            assertTrue(next > clip * Math.exp(0.1) * 0.95, "round " + r + ": " + clip + " -> " + next);
            assertEquals(next, s.get(r).path("nextClip").asDouble(), next * 1e-12, "round " + r);
            assertTrue(s.get(r).path("secure").asBoolean());
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain.parameterFloats(), secure.parameterFloats(), 1e-4f);
    }

    @Test
    void dpFedAvgSpendsExactlyWhatItsLedgerSays() {
        FederationOptions f = federation(4, 20).withDp(DpFedAvgOptions.fixed(1.0, 1.0).withDelta(1e-4));
        TrainedModel<Dl4jClassifier> m = train(f, SimulationOptions.iid(200).withThreads(2), EventLog.inMemory(l -> { }),
                4);
        assertEquals("dp-fedavg", m.record().method());
        assertEquals(4, m.record().privacy().ledger().totalCount());
        double eps = new RdpAccountant().epsilon(m.record().privacy().ledger(), 1e-4).epsilon();
        assertEquals(eps, m.record().privacy().epsilon(), 1e-12);
        assertEquals(0.1, m.record().metrics().get("sampleRate"), 1e-15);
        assertTrue(eps > 0 && eps < 10, "epsilon " + eps);
    }

    @Test
    void resumesFromTheCheckpointToTheSameModel(@TempDir Path dir) {
        FederationOptions f = federation(4, 5);
        SimulationOptions s = SimulationOptions.iid(10).withThreads(1);
        FederatedTrainerOptions o = new FederatedTrainerOptions(ModelChoice.logistic(), f, s);
        RunContext ctx = RunContext.seeded(5).withNoise(NoiseSource.seeded(5));
        Dl4jClassifier straight = new FederatedTrainer(o).train(TRAIN, ctx).model();
        FederatedTrainerOptions two = new FederatedTrainerOptions(ModelChoice.logistic(), f.withRounds(2), s);
        new FederatedTrainer(two).withCheckpoints(dir).train(TRAIN, RunContext.seeded(5).withNoise(NoiseSource.seeded(5)));
        // the options differ (rounds), so continue with a checkpoint rewritten for the longer run is refused:
        assertTrue(dir.resolve("checkpoint.json").toFile().isFile());
        EventLog log = EventLog.inMemory(l -> { });
        java.io.File renamed = dir.resolve("checkpoint.json").toFile();
        assertTrue(renamed.length() > 0);
        Dl4jClassifier resumed = resumeWithMoreRounds(dir, f, s, log);
        org.junit.jupiter.api.Assertions.assertArrayEquals(straight.parameterFloats(), resumed.parameterFloats(), 1e-6f);
        assertEquals(1, log.events("resumed").size());
    }

    private static Dl4jClassifier resumeWithMoreRounds(Path dir, FederationOptions f, SimulationOptions s, EventLog log) {
        // A crash after round 2 of the 4-round run: rewrite the 2-round checkpoint as the 4-round run's.
        rewriteCheckpointFor(dir, f);
        FederatedTrainerOptions o = new FederatedTrainerOptions(ModelChoice.logistic(), f, s);
        return new FederatedTrainer(o).withLog(log).withCheckpoints(dir)
                .train(TRAIN, RunContext.seeded(5).withNoise(NoiseSource.seeded(5))).model();
    }

    @Test
    void stopsAfterTheFirstEvaluatedRoundAtTheTargetAccuracy() {
        EventLog log = EventLog.inMemory(l -> { });
        FederationOptions f = federation(10, 8).withEvaluateEvery(1).withStopAtAccuracy(0.9);
        FederatedTrainerOptions o = new FederatedTrainerOptions(ModelChoice.logistic(), f,
                SimulationOptions.iid(20).withThreads(2));
        TrainedModel<Dl4jClassifier> m = new FederatedTrainer(o).withLog(log).withEvaluation(TEST)
                .train(TRAIN, RunContext.seeded(7).withNoise(NoiseSource.seeded(7)));
        var rounds = log.events("round_completed");
        int n = rounds.size();
        assertTrue(n < 10, "stopped early: " + n + " rounds");
        assertEquals((double) n, m.record().metrics().get("rounds"));
        assertTrue(rounds.get(n - 1).path("testAccuracy").asDouble() >= 0.9);
        for (int i = 0; i < n - 1; i++) {
            assertTrue(rounds.get(i).path("testAccuracy").asDouble() < 0.9, "round " + (i + 1) + " was already there");
        }
        assertEquals(1, log.events("target_accuracy_reached").size());
        assertEquals(0.9, m.record().metrics().get("stopAtAccuracy"));
        assertEquals("stopAtAccuracy=0.9 needs evaluateEvery >= 1 (the test accuracy it stops on)",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> federation(3, 2).withStopAtAccuracy(0.9)).getMessage());
        FederatedTrainer blind = new FederatedTrainer(new FederatedTrainerOptions(ModelChoice.logistic(), f,
                SimulationOptions.iid(20)));
        assertEquals("stopAtAccuracy=0.9 needs the server's test data (none was given)",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> blind.train(TRAIN, RunContext.seeded(7))).getMessage());
        assertEquals("stopAtAccuracy=1.5, allowed: [0, 1] (0 = off)",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> federation(3, 2).withEvaluateEvery(1).withStopAtAccuracy(1.5)).getMessage());
    }

    @Test
    void aResumedRunRecordsEveryRoundAndMayChangeOnlyTheStoppingRule(@TempDir Path dir) throws Exception {
        FederationOptions f = federation(4, 5).withEvaluateEvery(1);
        SimulationOptions s = SimulationOptions.iid(10).withThreads(1);
        TrainedModel<Dl4jClassifier> straight = evaluated(f, s, null);
        evaluated(f.withRounds(2), s, dir);
        // a crash after round 2 of the 4-round run: the 2-round checkpoint rewritten as the 4-round run's
        assertEquals(2, rewriteCheckpointFor(dir, f).history().size());
        // resumed with a stopping rule the first part did not have
        double target = 0.999;
        TrainedModel<Dl4jClassifier> resumed = evaluated(f.withStopAtAccuracy(target), s, dir);
        int expected = 4;
        for (int r = 2; r <= 4; r++) {
            if (straight.record().metrics().get(String.format("testAccuracy.round%04d", r)) >= target) {
                expected = r;
                break;
            }
        }
        assertEquals((double) expected, resumed.record().metrics().get("rounds"));
        for (int r = 1; r <= expected; r++) {
            String key = String.format("testAccuracy.round%04d", r);
            assertEquals(straight.record().metrics().get(key), resumed.record().metrics().get(key), key);
        }
        if (expected == 4) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(straight.model().parameterFloats(),
                    resumed.model().parameterFloats(), 1e-6f);
        }
        FederationOptions other = f.withLocal(new LocalTrainingOptions(2, 10, 0.2, 0));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> evaluated(other, s, dir));
        assertTrue(e.getMessage().contains("another model, seed or options"), e.getMessage());
    }

    /** Rewrites the checkpoint in {@code dir} as if written by a run with options {@code f}; returns it as read. */
    private static org.veil.federated.server.ServerCheckpoint rewriteCheckpointFor(Path dir, FederationOptions f) {
        try {
            var c = org.veil.federated.server.ServerCheckpoint.load(dir).orElseThrow();
            new org.veil.federated.server.ServerCheckpoint(c.completedRounds(), c.global(), c.aggregation(), c.seed(),
                    c.model(), org.veil.core.record.RecordJson.mapper().readTree(
                    org.veil.core.record.RecordJson.mapper().writeValueAsString(f)), c.history(), c.dropped(),
                    c.rejected()).save(dir);
            return c;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TrainedModel<Dl4jClassifier> evaluated(FederationOptions f, SimulationOptions s, Path dir) {
        FederatedTrainer t = new FederatedTrainer(new FederatedTrainerOptions(ModelChoice.logistic(), f, s))
                .withEvaluation(TEST);
        return (dir == null ? t : t.withCheckpoints(dir)).train(TRAIN, RunContext.seeded(9)
                .withNoise(NoiseSource.seeded(9)));
    }
}
