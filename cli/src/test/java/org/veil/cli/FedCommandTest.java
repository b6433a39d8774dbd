package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;

/** {@code veil fed simulate}, {@code veil fed tokens} and the flag checks. */
class FedCommandTest {

    private static CliRun simulate(Path out, String... more) {
        String[] base = {"fed", "simulate", "--data", "credit", "--rows", "3000", "--clients", "200", "--rounds", "3",
            "--clients-per-round", "20", "--threads", "2", "--seed", "3", "--out", out.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void dpSimulationPrintsTheContractFieldsAndRecordsUserLevelEpsilon(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliRun r = simulate(out, "--dp", "--noise-multiplier", "1.0", "--clip", "0.5", "--delta", "1e-4", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        for (String f : new String[] {"testAccuracy", "rounds", "epsilon", "delta", "clientsPerRound", "droppedUpdates",
            "rejectedUpdates"}) {
            assertTrue(json.has(f), "--json field " + f + " in " + r.out());
        }
        TrainingRecord record = RecordJson.read(out.resolve("record.json"));
        assertEquals("dp-fedavg", record.method());
        assertEquals(3, json.get("rounds").asInt());
        assertEquals(3, record.privacy().ledger().totalCount(), "one subsampled Gaussian per round");
        assertEquals(new RdpAccountant().epsilon(record.privacy().ledger(), 1e-4).epsilon(), json.get("epsilon")
                .asDouble(), 0.0);
        assertEquals(0.1, record.metrics().get("sampleRate"), 1e-15, "q = 20 / 200");
        assertTrue(Files.isRegularFile(out.resolve("model.zip")));
        assertTrue(Files.readString(out.resolve("events.jsonl")).contains("\"epsilon\""), "epsilon after each round");
        CliRun again = simulate(out, "--json");
        assertEquals(2, again.code(), again.toString());
        assertTrue(again.err().contains("--resume"), again.err());
    }

    @Test
    void refusesUnknownStrategiesAndRobustRulesUnderDp(@TempDir Path dir) {
        CliRun bad = simulate(dir.resolve("a"), "--strategy", "bogus");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("allowed: fedavg, fedprox, fedadam"), bad.err());
        CliRun robust = simulate(dir.resolve("b"), "--strategy", "median", "--dp", "--noise-multiplier", "1");
        assertEquals(2, robust.code(), robust.toString());
        assertTrue(robust.err().contains("cannot be combined with DP"), robust.err());
        CliRun noBudget = simulate(dir.resolve("c"), "--dp");
        assertEquals(2, noBudget.code(), noBudget.toString());
        assertTrue(noBudget.err().contains("exactly one of --noise-multiplier and --target-epsilon"), noBudget.err());
        CliRun partition = simulate(dir.resolve("d"), "--partition", "zipf");
        assertEquals(2, partition.code());
        assertTrue(partition.err().contains("dirichlet:ALPHA"), partition.err());
    }

    @Test
    void missingFilesAreNamedWithTheirFlag(@TempDir Path dir) {
        CliRun server = CliRun.of("fed", "server", "--port", "0", "--tokens", dir.resolve("none").toString(), "--out",
                dir.resolve("s").toString());
        assertEquals(2, server.code(), server.toString());
        assertTrue(server.err().contains("--tokens=" + dir.resolve("none") + ": no such readable file"), server.err());
        CliRun client = CliRun.of("fed", "client", "--server", "127.0.0.1:1", "--id", "a", "--token", "@"
                + dir.resolve("t"));
        assertEquals(2, client.code(), client.toString());
        assertTrue(client.err().contains("--token="), client.err());
    }

    @Test
    void tokensCommandWritesPlainAndHashedFiles(@TempDir Path dir) throws Exception {
        Path tokens = dir.resolve("tokens");
        CliRun r = CliRun.of("fed", "tokens", "--clients", "3", "--out", tokens.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(3, Files.readAllLines(tokens).stream().filter(l -> l.startsWith("client-")).count());
        assertTrue(Files.readString(dir.resolve("tokens.sha256")).contains("sha256:"));
    }
}
