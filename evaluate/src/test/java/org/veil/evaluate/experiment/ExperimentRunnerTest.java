package org.veil.evaluate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.record.RecordJson;
import org.veil.core.run.CancellationFlag;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.SyntheticData;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.evaluate.attack.AttackResult;

/**
 * The whole experiment path on coin-flip labels, where only memorisation helps: the non-private
 * memoriser leaks, DP-SGD at ε = 1 must not (its ε lower bound stays below 1).
 */
class ExperimentRunnerTest {

    static Dataset coinFlips(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][10];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 10; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = r.nextInt(2);
        }
        return SyntheticData.dataset("coin-flips", x, y, List.of("heads", "tails"));
    }

    private static ExperimentOptions options() {
        ModelSettings models = new ModelSettings(new BaselineOptions(MlpSpec.relu(64), 150, 50,
                Optimizer.Adam.withLearningRate(1e-2), 0), new DpSgdOptions().withEpochs(20).withBatchSize(50));
        return new ExperimentOptions(List.of("baseline", "dp-sgd"), List.of(1.0), List.of("threshold", "lira", "rmia"),
                new ExperimentSizes(200, 200, 4, 2), models, 7, true);
    }

    @Test
    void theMemoriserLeaksAndDpSgdDoesNotAndEverythingIsWritten(@TempDir Path out) throws Exception {
        DatasetSplit data = new DatasetSplit(coinFlips(700, 1), coinFlips(200, 2));
        List<Long> progress = new ArrayList<>();
        ExperimentResult r = ExperimentRunner.run(data, options(), out, (t, d, n) -> progress.add(d),
                new CancellationFlag());
        assertEquals(List.of("baseline", "dp-sgd-1"), r.targets().stream().map(t -> t.target().name()).toList());
        assertEquals(List.of("threshold", "lira", "rmia"), List.copyOf(r.targets().get(0).attacks().keySet()));
        assertEquals(10L, progress.get(progress.size() - 1), "2 targets x (1 + 4 reference models)");
        AttackResult baseLira = r.targets().get(0).attacks().get("lira");
        assertTrue(baseLira.auc() > 0.75, "baseline lira auc " + baseLira.auc());
        assertTrue(r.targets().get(0).claimedEpsilon() == Double.POSITIVE_INFINITY);
        TargetResult dp = r.targets().get(1);
        assertEquals(1.0, dp.claimedEpsilon(), 1e-3);
        for (AttackResult a : dp.attacks().values()) {
            assertTrue(a.auc() < 0.62, a.attack() + " auc " + a.auc());
            assertTrue(a.empiricalEpsilon() < dp.claimedEpsilon(), a.attack() + " lower bound " + a.empiricalEpsilon());
        }
        List<String> memberLines = Files.readAllLines(out.resolve("members.txt"));
        assertEquals(200, memberLines.size());
        int first = Integer.parseInt(memberLines.get(0));
        assertEquals(java.util.Arrays.toString(data.train().features()[first]),
                java.util.Arrays.toString(r.split().members().features()[0]), "members.txt indexes the training split");
        assertEquals(200, Files.readAllLines(out.resolve("population.txt")).size());
        for (String dir : List.of("baseline", "dp-sgd-1")) {
            assertTrue(Files.isRegularFile(out.resolve(dir).resolve("model.zip")));
            assertEquals(r.targets().get(dir.equals("baseline") ? 0 : 1).testAccuracy(),
                    RecordJson.read(out.resolve(dir).resolve("record.json")).metrics().get("testAccuracy"));
            assertTrue(Files.isRegularFile(out.resolve(dir).resolve("reference-models").resolve("pool.json")));
        }
    }

    @Test
    void dpFedAvgIsAMethodWithUserLevelEpsilonAndAttacks(@TempDir Path out) throws Exception {
        DatasetSplit data = new DatasetSplit(coinFlips(700, 1), coinFlips(200, 2));
        ExperimentOptions o = new ExperimentOptions(List.of("dp-fedavg"), List.of(2.0), List.of("threshold"),
                new ExperimentSizes(200, 200, 4, 2), options().models(), 7, true);
        ExperimentResult r = ExperimentRunner.run(data, o, out, (t, d, n) -> { }, new CancellationFlag());
        TargetResult t = r.targets().get(0);
        assertEquals("dp-fedavg-2", t.target().name());
        assertTrue(t.claimedEpsilon() <= 2.0 && t.claimedEpsilon() > 1.5, "calibrated epsilon " + t.claimedEpsilon());
        assertTrue(t.attacks().get("threshold").empiricalEpsilon() < t.claimedEpsilon());
        assertEquals("dp-fedavg", RecordJson.read(out.resolve("dp-fedavg-2").resolve("record.json")).method());
    }

    @Test
    void refusesSplitsTheDataCannotFill() {
        Dataset small = coinFlips(300, 3);
        String msg = assertThrows(IllegalArgumentException.class, () -> ExperimentSplit.draw(small, 200, 200, 1))
                .getMessage();
        assertTrue(msg.startsWith("members=200 per side and population=200 need 600 distinct rows, coin-flips has 300"),
                msg);
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSizes(200, 200, 5, 2));
        msg = assertThrows(IllegalArgumentException.class, () -> new ExperimentOptions(List.of("dp-ftrl"),
                List.of(1.0), List.of("lira"), new ExperimentSizes(200, 200, 4, 2), options().models(), 1, false))
                .getMessage();
        assertTrue(msg.equals("method=dp-ftrl, allowed: baseline, dp-sgd, pate, lfr, dp-fedavg"), msg);
        msg = assertThrows(IllegalArgumentException.class, () -> new ExperimentOptions(List.of("baseline"), List.of(),
                List.of("shadow"), new ExperimentSizes(200, 160, 4, 2), options().models(), 1, false)).getMessage();
        assertTrue(msg.startsWith("population=160 with shadowModels=2 gives each shadow model 40 training rows, "
                + "allowed: >= the batch size 50"), msg);
    }

    @Test
    void duplicateRowsAreDrawnOnce() {
        Dataset d = coinFlips(10, 4);
        Dataset doubled = d.subset(new int[] {0, 1, 2, 0, 1, 3}, "train");
        assertEquals(4, ExperimentSplit.distinctRows(doubled).length);
    }
}
