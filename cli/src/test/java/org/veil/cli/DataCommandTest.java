package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

/** End-to-end tests of {@code veil data describe}. */
class DataCommandTest {

    @Test
    void describesTheEmbeddedAdultData() throws Exception {
        CliRun r = CliRun.of("data", "describe", "--data", "adult", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        // UCI Adult as published: 32,561 + 16,281 rows; 30,162 / 15,060 without rows holding '?'
        assertEquals(48842, json.get("rows").asLong());
        assertEquals(30162, json.get("trainRows").asInt());
        assertEquals(15060, json.get("testRows").asInt());
        assertEquals("income", json.get("label").asText());
        assertEquals("sex", json.get("protectedAttribute").get("name").asText());
        assertEquals(64, json.get("sha256").asText().length());
    }

    @Test
    void aBrokenCsvGivesOneLineNamingFileRowAndColumnAndExitFour(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("loans.csv");
        Files.writeString(csv, "income,age,approved\n50000,31,yes\n42000,abc,no\n61000,45,yes\n38000,29,no\n");
        CliRun r = CliRun.of("data", "describe", "--data", csv.toString(), "--label", "approved", "--numeric", "age");
        assertEquals(4, r.code(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(csv.toString()) && r.err().contains("row 3") && r.err().contains("'age'"), r.err());
        Files.writeString(csv, "income,age,approved\n50000,31,yes\n42000,no\n");
        CliRun ragged = CliRun.of("data", "describe", "--data", csv.toString(), "--label", "approved");
        assertEquals(4, ragged.code(), ragged.toString());
        assertTrue(ragged.err().contains("row 3"), ragged.err());
    }

    @Test
    void aMissingLabelColumnListsTheColumns(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "a,b\n1,2\n3,4\n");
        CliRun r = CliRun.of("data", "describe", "--data", csv.toString(), "--label", "y");
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().contains("'y'") && r.err().contains("a, b"), r.err());
    }
}
