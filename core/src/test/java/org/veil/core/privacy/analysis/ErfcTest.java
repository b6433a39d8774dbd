package org.veil.core.privacy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.testing.ReferenceTable;

/** erfc and log erfc against mpmath at 50 digits (reference/erfc.csv). */
class ErfcTest {

    @Test
    void matchesMpmathToOnePartIn1e14() {
        for (Map<String, String> row : ReferenceTable.load("/reference/erfc.csv").rows()) {
            double x = ReferenceTable.number(row, "x");
            double expected = ReferenceTable.number(row, "erfc");
            double logExpected = ReferenceTable.number(row, "log_erfc");
            if (expected > 0) {
                assertEquals(expected, Erfc.erfc(x), 1e-14 * expected, () -> "erfc at " + x);
            }
            assertEquals(logExpected, Erfc.logErfc(x), 1e-14 * Math.max(1, Math.abs(logExpected)),
                    () -> "log erfc at " + x);
        }
    }

    @Test
    void isContinuousWhereTheMethodsMeet() {
        double below = Erfc.erfc(Math.nextDown(1.0));
        double above = Erfc.erfc(1.0);
        assertEquals(below, above, 1e-15);
        assertTrue(Erfc.erfc(Double.NEGATIVE_INFINITY) == 2.0);
        assertTrue(Double.isNaN(Erfc.erfc(Double.NaN)));
        assertEquals(Double.NEGATIVE_INFINITY, Erfc.logErfc(Double.POSITIVE_INFINITY));
    }
}
