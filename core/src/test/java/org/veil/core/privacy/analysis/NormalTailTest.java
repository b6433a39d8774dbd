package org.veil.core.privacy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.testing.ReferenceTable;

/** NormalTail against mpmath at 50 digits (reference/normal-tail.csv, written by pate_reference_normal.py). */
class NormalTailTest {

    @Test
    void logSurvivalMatchesMpmathFarIntoTheTail() {
        for (Map<String, String> row : ReferenceTable.load("/reference/normal-tail.csv").rows()) {
            if (!row.get("kind").equals("logsf")) {
                continue;
            }
            double x = ReferenceTable.number(row, "input");
            double expected = ReferenceTable.number(row, "value");
            assertEquals(expected, NormalTail.logSurvival(x), 1e-12 * Math.abs(expected),
                    () -> "log survival at " + x);
        }
        // mpmath 1.3.0, 50 digits: log(erfc(40 / sqrt 2) / 2)
        assertEquals(-804.6084420137538, NormalTail.logSurvival(40), 1e-11);
    }

    @Test
    void inverseLogErfcMatchesMpmathWhereCommonsMathCannotGo() {
        for (Map<String, String> row : ReferenceTable.load("/reference/normal-tail.csv").rows()) {
            if (!row.get("kind").equals("erfcinv")) {
                continue;
            }
            double logY = ReferenceTable.number(row, "input");
            double expected = ReferenceTable.number(row, "value");
            assertEquals(expected, NormalTail.inverseLogErfc(logY), 1e-13 * Math.max(1, Math.abs(expected)),
                    () -> "erfcinv at log y = " + logY);
        }
    }

    @Test
    void inversesRoundTrip() {
        for (double x : new double[] {-3, -0.2, 0, 0.7, 3, 12, 39, 150}) {
            assertEquals(x, NormalTail.inverseLogSurvival(NormalTail.logSurvival(x)), 1e-12 * Math.max(1, Math.abs(x)));
        }
        assertEquals(Double.POSITIVE_INFINITY, NormalTail.inverseLogErfc(Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> NormalTail.inverseLogErfc(0.7));
        assertThrows(IllegalArgumentException.class, () -> NormalTail.inverseLogErfc(Double.NaN));
    }
}
