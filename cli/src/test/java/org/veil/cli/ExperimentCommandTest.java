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

class ExperimentCommandTest {

    @Test
    void writesTheReportTheModelsAndPrintsOneJsonObject(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("exp");
        CliRun r = CliRun.of("experiment", "--data", "credit", "--rows", "2000", "--members", "300", "--population",
                "400", "--reference-models", "4", "--epsilons", "2", "--epochs", "2", "--batch-size", "64",
                "--attacks", "threshold,lira,rmia", "--seed", "3", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        JsonNode file = RecordJson.mapper().readTree(Files.readAllBytes(out.resolve("report.json")));
        assertEquals(file, json, "stdout is report.json");
        JsonNode rows = json.get("rows");
        assertEquals(2, rows.size());
        assertEquals("baseline", rows.get(0).get("method").asText());
        assertEquals("Infinity", rows.get(0).get("claimedEpsilon").asText());
        assertEquals(0.0, rows.get(0).get("accuracyLoss").asDouble(), 0.0);
        JsonNode dp = rows.get(1);
        assertEquals("dp-sgd", dp.get("method").asText());
        assertTrue(dp.get("claimedEpsilon").asDouble() <= 2.0);
        for (String attack : new String[] {"threshold", "lira", "rmia"}) {
            JsonNode a = dp.get("attacks").get(attack);
            for (String field : new String[] {"auc", "tprAt0_1PctFpr", "tprAt1PctFpr", "advantage",
                "empiricalEpsilonLowerBound"}) {
                assertTrue(a.get(field).isNumber(), attack + "." + field + " in " + a);
            }
            assertTrue(a.get("empiricalEpsilonLowerBound").asDouble() < dp.get("claimedEpsilon").asDouble());
        }
        assertEquals(3, json.get("setup").get("seed").asLong());
        assertEquals(300, json.get("setup").get("members").asInt());
        for (String d : new String[] {"baseline", "dp-sgd-2"}) {
            assertTrue(Files.isRegularFile(out.resolve(d).resolve("model.zip")), d);
            assertTrue(Files.isRegularFile(out.resolve(d).resolve("record.json")), d);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<img") && !html.contains("http://") && !html.contains("https://"));

        // The saved reference models and row lists let veil evaluate mia attack the same target again.
        Path pool = out.resolve("dp-sgd-2").resolve("reference-models").resolve("pool.json");
        var before = Files.getLastModifiedTime(pool);
        CliRun mia = CliRun.of("evaluate", "mia", "--model", out.resolve("dp-sgd-2").toString(), "--data", "credit",
                "--rows", "2000", "--members", "rows:" + out.resolve("members.txt"), "--non-members",
                "rows:" + out.resolve("non-members.txt"), "--reference-models", pool.getParent().toString(),
                "--attack", "lira", "--out", dir.resolve("mia").toString(), "--json");
        assertEquals(0, mia.code(), mia.toString());
        assertEquals(before, Files.getLastModifiedTime(pool), "the pool was reused, not retrained");
        JsonNode attack = RecordJson.mapper().readTree(mia.out());
        assertEquals(4, attack.get("referenceModelCount").asInt(), mia.out());
        assertTrue(attack.get("empiricalEpsilonLowerBound").asDouble() < dp.get("claimedEpsilon").asDouble());
    }

    @Test
    void pateStudentsAreTrainedWithinTheirBudgetsAndAttackedAgainFromTheSavedModels(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("exp");
        CliRun r = CliRun.of("experiment", "--data", "credit", "--rows", "3000", "--methods", "baseline,pate",
                "--members", "300", "--population", "300", "--public-rows", "600", "--teachers", "15",
                "--reference-models", "4", "--epsilons", "0.1,8", "--epochs", "2", "--batch-size", "64",
                "--attacks", "threshold,lira", "--seed", "3", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        JsonNode rows = json.get("rows");
        assertEquals(2, rows.size(), "budget 0.1 affords no query with 15 teachers: skipped, said in the notes");
        JsonNode pate = rows.get(1);
        assertEquals("pate", pate.get("method").asText());
        assertEquals(8.0, pate.get("budgetEpsilon").asDouble());
        double claimed = pate.get("claimedEpsilon").asDouble();
        assertTrue(claimed > 0 && claimed <= 8.0, pate.toString());
        assertTrue(json.get("setup").get("notes").toString().contains("pate-0.1 skipped"));
        assertEquals(600, Files.readAllLines(out.resolve("public.txt")).size());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("(budget 8)"), "the budget is shown beside the claimed ε");

        Path pool = out.resolve("pate-8").resolve("reference-models");
        CliRun again = CliRun.of("evaluate", "mia", "--model", out.resolve("pate-8").toString(), "--data", "credit",
                "--rows", "3000", "--members", "rows:" + out.resolve("members.txt"), "--non-members",
                "rows:" + out.resolve("non-members.txt"), "--reference-models", pool.toString(), "--attack", "lira",
                "--out", dir.resolve("mia").toString(), "--json");
        assertEquals(0, again.code(), again.toString());
        CliRun fresh = CliRun.of("evaluate", "mia", "--model", out.resolve("pate-8").toString(), "--data", "credit",
                "--rows", "3000", "--members", "rows:" + out.resolve("members.txt"), "--non-members",
                "rows:" + out.resolve("non-members.txt"), "--attack", "lira", "--out", dir.resolve("mia2").toString());
        assertEquals(2, fresh.code(), fresh.toString());
        assertTrue(fresh.err().contains("--reference-models"), fresh.err());
    }

    @Test
    void badFlagsFailBeforeAnyTraining(@TempDir Path dir) {
        Path out = dir.resolve("exp");
        CliRun r = CliRun.of("experiment", "--data", "credit", "--attacks", "lira,psychic", "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("veil: attack=psychic, allowed: threshold, shadow, lira, lira-offline, rmia"),
                r.err());
        CliRun k = CliRun.of("experiment", "--data", "credit", "--reference-models", "2", "--out", out.toString());
        assertEquals(2, k.code(), k.toString());
        assertTrue(k.err().contains("referenceModels=2, allowed: >= 4 for LiRA"), k.err());
        CliRun rows = CliRun.of("experiment", "--data", "credit", "--rows", "1000", "--out", out.toString());
        assertEquals(2, rows.code(), rows.toString());
        assertTrue(rows.err().contains("distinct rows"), rows.err());
        assertFalse(Files.exists(out.resolve("report.json")));
    }
}
