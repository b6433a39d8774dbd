package org.veil.cli.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

/** The human summary shows a visible ALARM line exactly when the report's alarm is set; the file is JSON. */
class AttackReportTest {

    private static AttackReport report(double lower, double claimed) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("attack", "lira");
        for (String k : new String[] {"auc", "tprAt0_1PctFpr", "tprAt1PctFpr", "advantage", "balancedAccuracy",
            "ppv"}) {
            f.put(k, 0.5);
        }
        f.put("empiricalEpsilonLowerBound", lower);
        f.put("claimedEpsilon", claimed);
        f.put("delta", 1e-5);
        f.put("confidence", 0.95);
        f.put("alarm", lower > claimed);
        f.put("duplicatesDropped", 0);
        return new AttackReport(f);
    }

    private static String print(AttackReport r) {
        StringWriter s = new StringWriter();
        r.print(new PrintWriter(s), Path.of("x"));
        return s.toString();
    }

    @Test
    void alarmLineOnlyWhenTheBoundExceedsTheClaim(@TempDir Path dir) throws Exception {
        String alarm = print(report(2.5, 1.0));
        assertTrue(alarm.lines().anyMatch(l -> l.startsWith("ALARM: the measured lower bound 2.5000 exceeds the "
                + "claimed epsilon 1.0000")), alarm);
        assertFalse(print(report(0.5, 1.0)).contains("ALARM"));
        assertFalse(print(report(3.0, Double.POSITIVE_INFINITY)).contains("ALARM"));
        Path file = report(2.5, Double.POSITIVE_INFINITY).write(dir);
        assertEquals("Infinity", RecordJson.mapper().readTree(file.toFile()).get("claimedEpsilon").asText());
    }
}
