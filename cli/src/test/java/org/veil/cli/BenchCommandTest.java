package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.record.RecordJson;

/** End-to-end tests of {@code veil bench dp-sgd} (a small Adult subset, so that it stays fast). */
class BenchCommandTest {

    @Test
    void printsOneJsonObjectWithEveryFieldInRange() throws Exception {
        CliRun r = CliRun.of("bench", "dp-sgd", "--task", "adult-mlp", "--epochs", "2", "--max-rows", "4096",
                "--threads", "1", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        for (String field : List.of("task", "threads", "plainSecondsPerEpoch", "privateSecondsPerEpoch", "ratio",
                "plainTestAccuracy", "privateTestAccuracy", "epsilon", "peakMemoryMiB")) {
            assertTrue(json.has(field), field + " missing in " + json);
        }
        assertEquals("adult-mlp", json.get("task").asText());
        assertEquals(1, json.get("threads").asInt(), "--threads 1 is the effective count");
        assertEquals(4096, json.get("trainRows").asInt());
        assertEquals(15060, json.get("testRows").asInt(), "Adult's official test split after dropping '?' rows");
        double plain = json.get("plainSecondsPerEpoch").asDouble();
        double priv = json.get("privateSecondsPerEpoch").asDouble();
        assertTrue(plain > 0 && priv > 0, json.toString());
        assertEquals(priv / plain, json.get("ratio").asDouble(), 1e-9);
        // ε is calibrated to the task's target 1 at δ = 1e-5 and never exceeds it.
        assertTrue(json.get("epsilon").asDouble() <= 1.0 && json.get("epsilon").asDouble() > 0.5, json.toString());
        // Adult's majority class is 75.4% of the test split: the plain model must beat a constant guess.
        // The private one, at epsilon 1 on 4,096 rows for 32 steps (sigma about 1.9), may not yet.
        assertTrue(json.get("plainTestAccuracy").asDouble() > 0.76, json.toString());
        assertTrue(json.get("privateTestAccuracy").asDouble() > 0.5, json.toString());
        assertTrue(json.get("privateTestAccuracy").asDouble() <= 1, json.toString());
        double mib = json.get("peakMemoryMiB").asDouble();
        assertTrue(Double.isNaN(mib) || mib > 16 && mib < 65536, json.toString());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        CliRun task = CliRun.of("bench", "dp-sgd", "--task", "cifar", "--json");
        assertEquals(2, task.code(), task.toString());
        assertTrue(task.err().contains("task=cifar, allowed: adult-mlp, mnist-mlp, mnist-cnn"), task.err());
        CliRun data = CliRun.of("bench", "dp-sgd", "--task", "adult-mlp", "--data", "/tmp", "--json");
        assertEquals(2, data.code(), data.toString());
        CliRun epochs = CliRun.of("bench", "dp-sgd", "--task", "adult-mlp", "--epochs", "1");
        assertEquals(2, epochs.code(), epochs.toString());
        assertTrue(epochs.err().contains("epochs=1, allowed: [2, 1000]"), epochs.err());
        assertTrue(data.out().isEmpty() && task.out().isEmpty());
    }
}
