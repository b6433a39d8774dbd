package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;

/** End-to-end tests of {@code veil train baseline} on small synthetic credit data. */
class TrainCommandTest {

    @Test
    void writesModelAndRecordAndPrintsOneJsonObject(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("train", "baseline", "--data", "credit", "--rows", "3000", "--epochs", "3", "--out",
                out.toString(), "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        assertEquals(1, r.out().strip().lines().count());
        assertEquals("baseline", json.get("method").asText());
        assertEquals("Infinity", json.get("epsilon").asText());
        TrainingRecord record = RecordJson.read(out.resolve("record.json"));
        assertEquals(json.get("testAccuracy").asDouble(), record.metrics().get("testAccuracy"));
        assertEquals(600, record.data().testRows());
        assertEquals(Double.POSITIVE_INFINITY, record.privacy().epsilon());
        assertEquals(3, record.options().get("epochs").asInt());
        assertEquals(1L, record.seed());
        // the saved model predicts as many classes as the data has, and no temporary files are left
        assertEquals(2, Dl4jClassifier.load(out.resolve("model.zip")).numClasses());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count());
        }
        assertTrue(json.get("testAccuracy").asDouble() > 0.6, json.toString());
    }

    @Test
    void badOptionsFailBeforeTrainingAndWriteNothing(@TempDir Path dir) {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("train", "baseline", "--data", "credit", "--epochs", "0", "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("veil: epochs=0, allowed:"), r.err());
        assertFalse(Files.exists(out));
        CliRun noOut = CliRun.of("train", "baseline", "--data", "credit");
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }
}
