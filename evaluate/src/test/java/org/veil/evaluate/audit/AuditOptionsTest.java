package org.veil.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuditOptionsTest {

    @Test
    void defaults() {
        AuditOptions o = new AuditOptions();
        assertEquals(1000, o.canaries());
        assertEquals(200, o.guesses());
        assertEquals(0.95, o.confidence(), 0.0);
        assertEquals(CanaryKind.MISLABELLED, o.canaryKind());
        assertNull(o.delta(), "the record's delta");
        assertNull(o.seed(), "secure coins");
        assertEquals(30, o.withK(15).guesses());
        assertEquals(7, o.withKPlus(7).withKMinus(0).guesses());
    }

    @Test
    void rejectsOutOfRangeValuesWithTheAllowedRange() {
        AuditOptions o = new AuditOptions();
        assertMessage("canaries=0, allowed: [1, 10000000]", () -> o.withCanaries(0));
        assertMessage("kPlus=600, kMinus=600, allowed: both >= 0 and 1 <= kPlus + kMinus <= canaries (1000)",
                () -> o.withK(600));
        assertMessage("kPlus=0, kMinus=0, allowed", () -> o.withK(0));
        assertMessage("kPlus=-1, kMinus=100", () -> o.withKPlus(-1));
        assertMessage("confidence=0.5, allowed: (0.5, 1)", () -> o.withConfidence(0.5));
        assertMessage("delta=1.0, allowed: [0, 1) or null for the record's delta", () -> o.withDelta(1.0));
        assertThrows(NullPointerException.class, () -> o.withCanaryKind(null));
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(start, e.getMessage().substring(0, Math.min(start.length(), e.getMessage().length())));
    }
}
