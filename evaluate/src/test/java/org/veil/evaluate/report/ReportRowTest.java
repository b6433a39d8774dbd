package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;

class ReportRowTest {

    private static TrainingRecord record(Map<String, Double> metrics) {
        return new TrainingRecord(TrainingRecord.SCHEMA_VERSION, "baseline",
                RecordJson.mapper().createObjectNode().put("epochs", 3),
                new DataInfo("adult", "built-in:adult", 100, "ab", null, null), PrivacyInfo.nonPrivate(), metrics, 1,
                Instant.EPOCH, Instant.EPOCH, Map.of(), List.of());
    }

    @Test
    void takesMethodOptionsClaimAndAccuracyFromTheTrainingRecord() {
        ReportRow row = ReportRow.of(record(Map.of("testAccuracy", 0.84)), 0.85, "models/baseline", null);
        assertEquals("baseline", row.method());
        assertEquals(3, row.options().get("epochs").asInt());
        assertEquals(Double.POSITIVE_INFINITY, row.claimedEpsilon());
        assertEquals(0, row.delta());
        assertEquals(0.84, row.testAccuracy());
        assertEquals(0.01, row.accuracyLoss(), 1e-15, "0.85 - 0.84");
        assertTrue(row.attacks().isEmpty());
        assertTrue(row.nonPrivate());
        assertEquals("baseline", row.label());
        assertNull(row.strongestAttack());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportRow.of(record(Map.of()), 0.85, "m", Map.of()));
        assertEquals("record of baseline has no metrics.testAccuracy", e.getMessage());
    }

    @Test
    void strongestAttackIsTheHighestTprAtLowFpr() {
        ReportRow row = SampleReports.plausible().rows().get(0);
        Map.Entry<String, AttackSummary> best = row.strongestAttack();
        for (AttackSummary s : row.attacks().values()) {
            assertTrue(s.tprAt0_1PctFpr() <= best.getValue().tprAt0_1PctFpr());
        }
        assertEquals("dp-sgd ε=0.5", SampleReports.plausible().rows().get(1).label());
    }

    @Test
    void refusesInvalidValuesWithTheAllowedRange() {
        var options = RecordJson.mapper().createObjectNode();
        assertEquals("testAccuracy=1.5, allowed: [0, 1]", assertThrows(IllegalArgumentException.class,
                () -> new ReportRow("m", options, 1, 0, 1.5, 0, "d", Map.of(), null)).getMessage());
        assertEquals("claimedEpsilon=-1.0, allowed: >= 0 or Infinity", assertThrows(IllegalArgumentException.class,
                () -> new ReportRow("m", options, -1, 0, 0.5, 0, "d", Map.of(), null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReportRow("m",
                RecordJson.mapper().createArrayNode(), 1, 0, 0.5, 0, "d", Map.of(), null));
    }
}
