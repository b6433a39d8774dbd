package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;

/** End-to-end tests of {@code veil dp-sgd train} on small synthetic credit data. */
class DpSgdCommandTest {

    private static CliRun train(Path out, String... more) {
        String[] base = {"dp-sgd", "train", "--data", "credit", "--rows", "3000", "--epochs", "2", "--seed", "7",
            "--quiet", "--out", out.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void calibratedRunWritesModelRecordAndOneJsonObject(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliRun r = train(out, "--epsilon", "2", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        TrainingRecord record = RecordJson.read(out.resolve("record.json"));
        assertEquals("dp-sgd", record.method());
        double eps = record.privacy().epsilon();
        assertTrue(eps <= 2.0 && eps > 1.8, "calibrated epsilon " + eps);
        assertEquals(eps, json.get("epsilon").asDouble(), 0.0);
        assertEquals(new RdpAccountant().epsilon(record.privacy().ledger(), record.privacy().delta()).epsilon(), eps,
                0.0, "the record's epsilon is the accountant's for its ledger");
        assertTrue(json.get("epsilonPld").asDouble() <= eps);
        assertEquals(2400, record.data().trainRows());
        assertEquals(1e-5, record.privacy().delta(), 0.0);
        assertTrue(record.metrics().get("testAccuracy") > 0.6, record.metrics().toString());
        assertTrue(Files.isRegularFile(out.resolve("model.zip")));
        assertTrue(Files.isRegularFile(out.resolve("checkpoint").resolve("LATEST")));
    }

    @Test
    void noiseMultiplierRunCanBeResumedWithMoreEpochs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, train(out, "--noise-multiplier", "1.5").code());
        CliRun again = train(out, "--noise-multiplier", "1.5");
        assertEquals(2, again.code(), again.toString());
        assertTrue(again.err().contains("pass --resume"), again.err());
        CliRun resumed = CliRun.of("dp-sgd", "train", "--data", "credit", "--rows", "3000", "--epochs", "3", "--seed",
                "7", "--quiet", "--out", out.toString(), "--noise-multiplier", "1.5", "--resume");
        assertEquals(0, resumed.code(), resumed.toString());
        TrainingRecord record = RecordJson.read(out.resolve("record.json"));
        assertEquals(3 * 10, record.privacy().ledger().totalCount(), "3 epochs of ceil(2400/256) = 10 steps");
    }

    @Test
    void badInputFailsWithOneLineAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("run");
        String[][] cases = {
            {"--epsilon", "0"},
            {"--epsilon", "1", "--delta", "0.001"},
            {"--epsilon", "1", "--batch-size", "5000"},
            {"--epsilon", "1", "--max-grad-norm", "-1"},
            {"--epsilon", "1", "--model", "cnn"},
            {"--epsilon", "1", "--optimizer", "rmsprop"},
            {"--epsilon", "1", "--noise-multiplier", "1"},
            {},
        };
        String[] expected = {
            "veil: epsilon=0.0, allowed: (0, 1000]",
            "veil: delta=0.001 is >= 1/N",
            "veil: batchSize=5000 exceeds the 2400 training rows, allowed: [1, 2400]",
            "veil: maxGradNorm=-1.0, allowed: (0, 1000000]",
            "veil: --model cnn needs 28x28 single-channel images",
            "veil: --optimizer=rmsprop, allowed: sgd, momentum, adam",
            "veil: Error: --epsilon=E, --noise-multiplier=S are mutually exclusive",
            "veil: Error: Missing required argument",
        };
        for (int i = 0; i < cases.length; i++) {
            CliRun r = train(out, cases[i]);
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith(expected[i]), "case " + i + ": " + r.err());
            assertFalse(Files.exists(out), "nothing written for case " + i);
        }
    }

    @Test
    void brokenCsvNamesFileRowAndColumn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "age,income,label\n30,1000,yes\n41,abc,no\n");
        CliRun r = CliRun.of("dp-sgd", "train", "--data", csv.toString(), "--label", "label", "--numeric", "income",
                "--epsilon", "1", "--out", dir.resolve("run").toString());
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("row 3"), r.err());
        assertFalse(Files.exists(dir.resolve("run")));
    }

    @Test
    void secureRunResumesWithoutASeed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        String[] args = {"dp-sgd", "train", "--data", "credit", "--rows", "3000", "--epochs", "1", "--quiet", "--out",
            out.toString(), "--noise-multiplier", "2"};
        assertEquals(0, CliRun.of(args).code());
        TrainingRecord first = RecordJson.read(out.resolve("record.json"));
        assertEquals("secure", first.privacy().noiseSource());
        CliRun resumed = CliRun.of("dp-sgd", "train", "--data", "credit", "--rows", "3000", "--epochs", "2", "--quiet",
                "--out", out.toString(), "--noise-multiplier", "2", "--resume");
        assertEquals(0, resumed.code(), resumed.toString());
        TrainingRecord second = RecordJson.read(out.resolve("record.json"));
        assertEquals(first.seed(), second.seed(), "the recorded initialisation seed carries over");
        assertEquals(20, second.privacy().ledger().totalCount(), "2 epochs of 10 steps in one ledger");
        CliRun seeded = CliRun.of("dp-sgd", "train", "--data", "credit", "--rows", "3000", "--epochs", "3", "--quiet",
                "--out", out.toString(), "--noise-multiplier", "2", "--resume", "--seed", "4");
        assertEquals(2, seeded.code(), seeded.toString());
        assertTrue(seeded.err().startsWith("veil: checkpoint seed="), seeded.err());
    }

    @Test
    void shuffledBatchesAreReportedWithoutACertifiedEpsilon(@TempDir Path dir) throws Exception {
        CliRun r = train(dir.resolve("run"), "--noise-multiplier", "1", "--sampling", "shuffle");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("epsilon = Infinity at delta = 1.0e-05 (no certified guarantee: shuffled batches)"),
                r.out());
        TrainingRecord record = RecordJson.read(dir.resolve("run").resolve("record.json"));
        assertEquals(Double.POSITIVE_INFINITY, record.privacy().epsilon());
        assertTrue(record.privacy().ledger().isEmpty());
    }
}
