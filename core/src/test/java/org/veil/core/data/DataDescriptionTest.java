package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.core.record.RecordJson;

class DataDescriptionTest {

    private static LoadedData people() {
        return DataLoader.load(DataSpec.of(Fixtures.resource("people-train.csv")).withLabel("label")
                .withProtectedColumn("sex").withTestData(Fixtures.resource("people-test.csv"))
                .withIgnoredColumns(Set.of("name")));
    }

    @Test
    void summarisesRowsClassesGroupsAndColumns() {
        DataDescription d = DataDescription.of(people());
        assertEquals("people-train.csv", d.name());
        assertEquals(13, d.rows());
        assertEquals("label", d.label());
        // Kept rows: train no = Bob, Fay, Hal, Jon; yes = Ann, Eve, Ivy; test: Kim yes, Lou no.
        assertEquals(List.of(new DataDescription.ValueCount("no", 4, 1), new DataDescription.ValueCount("yes", 3, 1)),
                d.classes());
        assertEquals(new DataDescription.ProtectedSummary("sex", true, List.of(
                new DataDescription.ValueCount("F", 4, 1), new DataDescription.ValueCount("M", 3, 1))),
                d.protectedAttribute());
        assertEquals(new DataDescription.ColumnSummary("city", ColumnKind.CATEGORICAL, ColumnRole.FEATURE, 1, 4),
                d.columns().get(2));
        assertEquals(8, d.encodedFeatures());
        assertEquals(7, d.trainRows());
        assertEquals(2, d.testRows());
    }

    @Test
    void serialisesToJsonAndRendersText() throws Exception {
        DataDescription d = DataDescription.of(people());
        JsonNode json = RecordJson.mapper().readTree(RecordJson.toJson(d));
        assertEquals(64, json.get("sha256").asText().length());
        assertEquals("yes", json.get("classes").get(1).get("value").asText());
        assertEquals(1, json.get("report").get("unseenTestCategories").get("city").asInt());
        String text = d.toText(3);
        assertTrue(text.contains("label      label: no 4/1, yes 3/1 (train/test)"), text);
        assertTrue(text.contains("protected  sex (also a feature): F 4/1, M 3/1"), text);
        assertTrue(text.contains("... 3 more"), text);
    }

    @Test
    void noProtectedAttribute() {
        DataDescription d = DataDescription.of(DataLoader.load(DataSpec.of("credit").withProtectedColumn("none")));
        assertNull(d.protectedAttribute());
        assertTrue(RecordJson.toJson(d).indexOf("protectedAttribute") < 0);
    }
}
