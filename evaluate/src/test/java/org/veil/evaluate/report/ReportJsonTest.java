package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.error.DataFormatException;
import org.veil.core.record.RecordJson;

class ReportJsonTest {
    // The contract of report.json (the issue of veil experiment, and docs/report.md): renaming any field breaks it.
    private static final Set<String> ROW_FIELDS = Set.of("method", "options", "claimedEpsilon", "delta",
            "testAccuracy", "accuracyLoss", "modelDir", "attacks");
    private static final Set<String> ATTACK_FIELDS = Set.of("auc", "tprAt0_1PctFpr", "tprAt1PctFpr", "advantage",
            "empiricalEpsilonLowerBound", "ppv", "balancedAccuracy", "intervals", "members", "nonMembers", "alarm",
            "sliceAuc", "roc");
    private static final Set<String> SETUP_FIELDS = Set.of("seed", "data", "members", "nonMembers", "population",
            "referenceModels", "confidence", "thresholdRule", "quick", "veilVersion", "command", "startedAt",
            "finishedAt", "notes");

    private static Set<String> names(JsonNode node) {
        Set<String> s = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            s.add(it.next());
        }
        return s;
    }

    @Test
    void fieldNamesFollowTheContract(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ReportJson.FILE_NAME);
        ReportJson.write(SampleReports.plausible(), file);
        JsonNode root = RecordJson.mapper().readTree(file.toFile());
        assertEquals(new TreeSet<>(Set.of("schemaVersion", "setup", "rows")), names(root));
        assertEquals(new TreeSet<>(SETUP_FIELDS), names(root.get("setup")));
        assertEquals(Set.of("name", "location", "rows", "sha256", "trainRows", "testRows"),
                names(root.get("setup").get("data")));
        assertEquals(6, root.get("rows").size(), "baseline + five budgets");
        JsonNode baseline = root.get("rows").get(0);
        assertEquals(new TreeSet<>(ROW_FIELDS), names(baseline));
        assertTrue(baseline.get("options").isObject());
        JsonNode lira = baseline.get("attacks").get("lira-online");
        assertEquals(new TreeSet<>(ATTACK_FIELDS), names(lira));
        assertEquals(List.of("threshold", "lira-offline", "lira-online"), List.copyOf(toList(baseline.get("attacks"))),
                "attacks keyed by name, in the order they ran");
        assertEquals(Set.of("auc", "tprAt0_1PctFpr", "tprAt1PctFpr"), names(lira.get("intervals")));
        assertEquals(Set.of("lower", "upper", "confidence", "resamples", "seed"),
                names(lira.get("intervals").get("auc")));
        assertTrue(baseline.get("attacks").get("threshold").get("intervals").get("auc").isNull(),
                "intervals not computed are written as null");
        assertEquals(Set.of("fpr", "tpr"), names(lira.get("roc")));
        assertTrue(lira.get("roc").get("fpr").size() <= RocPoints.MAX_POINTS);
        assertEquals(Set.of("sex=Female", "sex=Male"), names(baseline.get("attacks").get("threshold").get("sliceAuc")));
        assertTrue(lira.get("alarm").isBoolean());
    }

    private static List<String> toList(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void nonPrivateEpsilonIsWrittenAsInfinityLikeTrainingRecords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ReportJson.FILE_NAME);
        ReportJson.write(SampleReports.plausible(), file);
        String text = Files.readString(file);
        // core's record.json convention (RecordJson, record-v1-baseline.json): "epsilon" : "Infinity"
        assertTrue(text.contains("\"claimedEpsilon\" : \"Infinity\""), text.substring(0, 2000));
        assertTrue(text.contains("\"claimedEpsilon\" : 0.5"), "finite budgets stay numbers");
        assertEquals(Double.POSITIVE_INFINITY, ReportJson.read(file).rows().get(0).claimedEpsilon());
    }

    @Test
    void roundTripGivesAnEqualReport(@TempDir Path dir) throws IOException {
        ExperimentReport report = SampleReports.withAlarm();
        Path file = dir.resolve("sub").resolve(ReportJson.FILE_NAME);
        ReportJson.write(report, file);
        ExperimentReport back = ReportJson.read(file);
        assertEquals(report, back);
        assertTrue(back.alarm());
        ReportJson.write(back, file);
        assertEquals(ReportJson.toJson(report) + "\n", Files.readString(file), "writing again gives the same bytes");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside the report");
        }
    }

    @Test
    void emptyAttacksAndNoRowsRoundTrip(@TempDir Path dir) throws IOException {
        ReportRow bare = new ReportRow("baseline", RecordJson.mapper().createObjectNode(), Double.POSITIVE_INFINITY, 0,
                0.8, 0, "models/baseline", Map.of(), null);
        for (ExperimentReport r : List.of(new ExperimentReport(SampleReports.setup(null), List.of(bare)),
                new ExperimentReport(SampleReports.setup(null), List.of()))) {
            Path file = dir.resolve(ReportJson.FILE_NAME);
            ReportJson.write(r, file);
            assertEquals(r, ReportJson.read(file));
        }
    }

    @Test
    void aFileThatIsNotAReportIsADataFormatError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"setup\": {\"seed\": 1}, \"rows\": []}");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ReportJson.read(file));
        assertTrue(e.getMessage().contains("not a valid experiment report"), e.getMessage());
        Files.writeString(file, "{\"schemaVersion\": 99}");
        assertThrows(DataFormatException.class, () -> ReportJson.read(file));
    }
}
