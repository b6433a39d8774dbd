package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.analysis.Erfc;
import org.veil.core.testing.ReferenceTable;

/** Cody's normal tail against mpmath (reference/erfc.csv, mpmath 1.3.0 at 50 digits) and against Veil's Erfc. */
class GaussianTailTest {

    @Test
    void matchesMpmathToTwelveDigits() {
        int checked = 0;
        for (Map<String, String> row : ReferenceTable.load("/reference/erfc.csv").rows()) {
            double x = ReferenceTable.number(row, "x");
            double erfc = ReferenceTable.number(row, "erfc");
            if (x < 0 || x > 20) {
                continue; // the tail is one-sided (|z|); beyond z = 28 it is within 1e4 of the smallest double
            }
            // P(Z > z) = erfc(z / sqrt 2) / 2 at z = x sqrt 2
            double tail = GaussianTail.tail(x * Math.sqrt(2));
            assertEquals(erfc / 2, tail, 2e-13 * erfc / 2, () -> "x=" + x);
            checked++;
        }
        assertTrue(checked > 60, "rows " + checked);
    }

    @Test
    void agreesWithErfcOnAFineGridAndIsSymmetric() {
        for (double z = 0; z < 28; z += 0.0137) {
            double expected = 0.5 * Erfc.erfc(z / Math.sqrt(2));
            assertEquals(expected, GaussianTail.tail(z), 2e-13 * expected, "z=" + z);
            assertEquals(GaussianTail.tail(z), GaussianTail.tail(-z));
        }
        assertEquals(0.0, GaussianTail.tail(Double.POSITIVE_INFINITY));
    }

    @Test
    void intervalMassesUseTheTailOnTheirSide() {
        double z = 9;
        double ta = GaussianTail.tail(z);
        double tb = GaussianTail.tail(z + 1e-3);
        double m = GaussianTail.mass(z, ta, z + 1e-3, tb);
        // far right: 1 - Phi would cancel to 0; the difference of the tails keeps ~11 digits
        double expected = 0.5 * (Erfc.erfc(z / Math.sqrt(2)) - Erfc.erfc((z + 1e-3) / Math.sqrt(2)));
        assertEquals(expected, m, 1e-9 * m);
        assertEquals(GaussianTail.mass(-z - 1e-3, tb, -z, ta), m);
        assertEquals(1.0, GaussianTail.mass(Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY, 0));
    }
}
