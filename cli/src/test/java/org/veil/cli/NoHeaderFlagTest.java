package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

/** {@code --no-header}: a CSV without a header row, columns named c1..cN. */
class NoHeaderFlagTest {

    @Test
    void theFirstLineIsDataAndColumnsAreNumbered(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bare.csv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append('"').append(i % 2 + 1).append("\",").append(i % 2).append(',').append(i % 3 == 0 ? 1 : 0)
                    .append('\n');
        }
        Files.writeString(csv, b.toString());
        CliRun r = CliRun.of("data", "describe", "--data", csv.toString(), "--no-header", "--label", "c1", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        assertEquals(20, json.get("rows").asLong(), "no line is taken as a header");
        assertEquals("c1", json.get("label").asText());
        CliRun withHeader = CliRun.of("data", "describe", "--data", csv.toString(), "--label", "c1");
        assertEquals(4, withHeader.code(), withHeader.toString());
        assertTrue(withHeader.err().contains("duplicate column name"), withHeader.err()); // line 1 read as a header
        CliRun builtIn = CliRun.of("data", "describe", "--data", "credit", "--no-header");
        assertEquals(2, builtIn.code(), builtIn.toString());
        assertTrue(builtIn.err().startsWith("veil: header=false, allowed: true for the built-in credit data"),
                builtIn.err());
    }
}
