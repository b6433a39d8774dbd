package org.veil.core.privacy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.testing.ReferenceTable;

/**
 * Per-order RDP of one subsampled-Gaussian step against independently computed values: the
 * defining integral evaluated by mpmath at 50 digits, Opacus's signed series and dp_accounting's
 * upper bound (origins in {@code reference/rdp-per-order.csv}).
 */
class SubsampledGaussianRdpTest {
    private static final ReferenceTable TABLE = ReferenceTable.load("/reference/rdp-per-order.csv");

    @Test
    void matchesTheDefiningIntegral() {
        // Near order 1 with small q, A_alpha - 1 is ~1e-8 while the series' terms are O(1), so doubles carry
        // ~1e-16 / 1e-8 = 1e-8 relative error in the RDP there; elsewhere the match is ~1e-12.
        int checked = 0;
        for (Map<String, String> row : TABLE.rows()) {
            double exact = ReferenceTable.number(row, "mpmath_integral");
            if (Double.isNaN(exact)) {
                continue;
            }
            double veil = rdp(row);
            double order = ReferenceTable.number(row, "order");
            // Veil rounds up by its floating-point error bound: never below the exact value, and above it by
            // at most 1e-9 relative plus 1e-12 in log A_alpha (what the rounding-up adds near order 1).
            assertTrue(veil >= exact, () -> "below the exact RDP at " + row + ": " + veil);
            assertTrue(veil - exact <= slack(exact, order, 1e-9), () -> "too far above at " + row + ": " + veil);
            checked++;
        }
        assertTrue(checked >= 100, "checked " + checked + " rows");
    }

    @Test
    void matchesOpacusToOneMillionthWhereOpacusIsAccurate() {
        int compared = 0;
        for (Map<String, String> row : TABLE.rows()) {
            double opacus = ReferenceTable.number(row, "opacus");
            double exact = ReferenceTable.number(row, "mpmath_integral");
            double veil = rdp(row);
            // Opacus stops its fractional series at terms below e^-30 in absolute terms; near order 1 with
            // small q the RDP itself is ~1e-6..1e-9, so Opacus's own error there reaches 2e-4 relative (see the
            // integral column). Those rows are covered by the integral test above.
            if (Double.isNaN(exact) || Math.abs(opacus - exact) <= 1e-7 * exact) {
                double order = ReferenceTable.number(row, "order");
                assertEquals(opacus, veil, slack(opacus, order, 1e-6), () -> "RDP vs Opacus at " + row);
                compared++;
            }
        }
        assertTrue(compared > 130, "compared " + compared);
    }

    @Test
    void neverExceedsDpAccountingsAbsoluteValueSeries() {
        int fractional = 0;
        for (Map<String, String> row : TABLE.rows()) {
            double upper = ReferenceTable.number(row, "dp_accounting");
            double order = ReferenceTable.number(row, "order");
            if (Double.isNaN(upper)) {
                continue;
            }
            double veil = rdp(row);
            if (SubsampledGaussianRdp.isInteger(order)) {
                assertEquals(upper, veil, slack(upper, order, 1e-9), () -> "integer order vs dp_accounting at " + row);
            } else {
                assertTrue(veil <= upper + slack(0, order, 0), () -> "signed series above abs-value bound at " + row);
                fractional++;
            }
        }
        assertTrue(fractional > 40);
    }

    @Test
    void fullSamplingIsTheGaussianMechanism() {
        // Mironov 2017, Proposition 7: the Gaussian mechanism with sensitivity 1 is (alpha, alpha/(2 sigma^2))-RDP.
        assertEquals(2.5 / (2 * 1.3 * 1.3), SubsampledGaussianRdp.rdp(1.0, 1.3, 2.5), 1e-15);
        // and the subsampled formula approaches it as q -> 1
        assertEquals(3 / (2 * 0.9 * 0.9), SubsampledGaussianRdp.rdp(1 - 1e-12, 0.9, 3), 1e-6);
    }

    @Test
    void integerAndFractionalBranchesAgreeAcrossAnInteger() {
        // The two formulas are different series for the same integral; near an integer order they must meet.
        double atInteger = SubsampledGaussianRdp.rdp(0.02, 1.0, 3.0);
        double justAbove = SubsampledGaussianRdp.rdp(0.02, 1.0, 3.0 + 1e-9);
        assertEquals(atInteger, justAbove, 1e-8 * atInteger);
    }

    @Test
    void largeOrdersAndManyStepsStayFinite() {
        double r = SubsampledGaussianRdp.rdp(0.5, 0.3, 1024);
        assertTrue(Double.isFinite(r) && r > 0, "rdp=" + r);
    }

    @Test
    void rejectsInvalidArgumentsNamingTheParameter() {
        assertMessage("sampleRate=0.0, allowed: (0, 1]", () -> SubsampledGaussianRdp.rdp(0, 1, 2));
        assertMessage("sampleRate=1.5, allowed: (0, 1]", () -> SubsampledGaussianRdp.rdp(1.5, 1, 2));
        assertMessage("noiseMultiplier=-1.0, allowed: > 0 and finite", () -> SubsampledGaussianRdp.rdp(0.1, -1, 2));
        assertMessage("order=1.0, allowed: > 1 and finite", () -> SubsampledGaussianRdp.rdp(0.1, 1, 1));
    }

    /** Allowed distance: a relative part plus 1e-12 absolute in log A_alpha, i.e. 1e-12 / (order - 1) in RDP. */
    private static double slack(double value, double order, double relative) {
        return relative * value + 1e-12 / (order - 1);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }

    private static double rdp(Map<String, String> row) {
        return SubsampledGaussianRdp.rdp(ReferenceTable.number(row, "q"), ReferenceTable.number(row, "sigma"),
                ReferenceTable.number(row, "order"));
    }
}
