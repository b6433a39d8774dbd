package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

class EvaluateAuditCommandTest {

    @Test
    void auditsADpSgdConfigurationAndWritesAuditJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("audit");
        CliRun r = CliRun.of("evaluate", "audit", "--data", "credit", "--rows", "1200", "--epsilon", "1", "--epochs",
                "2", "--canaries", "200", "--k", "20", "--seed", "3", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        assertEquals(200, json.get("canaries").asInt());
        assertEquals(40, json.get("guesses").asInt());
        double claimed = json.get("claimedEpsilon").asDouble();
        assertTrue(claimed <= 1.0 && claimed > 0.9, "claimed " + claimed);
        assertTrue(json.get("epsilonLowerBound").asDouble() < claimed, r.out());
        assertFalse(json.get("alarm").asBoolean());
        assertEquals(json, RecordJson.mapper().readTree(Files.readAllBytes(out.resolve("audit.json"))));
    }

    @Test
    void badAuditOptionsFailWithOneLineAndWriteNothing(@TempDir Path dir) {
        Path out = dir.resolve("audit");
        CliRun r = CliRun.of("evaluate", "audit", "--data", "credit", "--rows", "1200", "--epsilon", "1",
                "--canaries", "100", "--k", "60", "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("veil: kPlus=60, kMinus=60, allowed: both >= 0 and 1 <= kPlus + kMinus <= "
                + "canaries (100)\n"), r.err());
        assertFalse(Files.exists(out.resolve("audit.json")));
        CliRun kind = CliRun.of("evaluate", "audit", "--data", "credit", "--epsilon", "1", "--canary-kind", "loud",
                "--out", out.toString());
        assertEquals(2, kind.code(), kind.toString());
        assertTrue(kind.err().contains("--canary-kind=loud, allowed: mislabelled, unmodified"), kind.err());
    }
}
