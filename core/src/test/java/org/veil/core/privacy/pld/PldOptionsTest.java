package org.veil.core.privacy.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PldOptionsTest {

    @Test
    void defaultsMatchTheDocumentation() {
        PldOptions o = new PldOptions();
        assertEquals(1e-4, o.discretisationInterval());
        assertEquals(1e-2, o.maxDiscretisationInterval());
        assertEquals(1 << 20, o.maxGridSize());
        assertEquals(1e-15, o.tailMassTruncation());
    }

    @Test
    void rejectsValuesOutsideTheirRangesWithTheHouseMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PldOptions(-1e-4, 1e-2, 1 << 20, 1e-15));
        assertEquals("discretisationInterval=-1.0E-4, allowed: (0, 0.1]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PldOptions(Double.NaN, 1e-2, 1 << 20, 1e-15));
        assertThrows(IllegalArgumentException.class, () -> new PldOptions(1e-3, 1e-4, 1 << 20, 1e-15));
        e = assertThrows(IllegalArgumentException.class, () -> new PldOptions(1e-4, 1e-2, 1000, 1e-15));
        assertTrue(e.getMessage().startsWith("maxGridSize=1000, allowed:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PldOptions(1e-4, 1e-2, 1 << 27, 1e-15));
        assertThrows(IllegalArgumentException.class, () -> new PldOptions(1e-4, 1e-2, 1 << 20, 0));
        assertThrows(IllegalArgumentException.class, () -> new PldOptions(1e-4, 1e-2, 1 << 20, 1e-3));
    }

    @Test
    void withVariantsChangeOneThing() {
        PldOptions o = new PldOptions();
        assertEquals(new PldOptions(2e-4, 1e-2, 1 << 20, 1e-15), o.withDiscretisationInterval(2e-4));
        // a first interval above the coarsest raises the coarsest with it
        assertEquals(new PldOptions(0.05, 0.05, 1 << 20, 1e-15), o.withDiscretisationInterval(0.05));
        assertEquals(new PldOptions(1e-4, 1e-4, 1 << 20, 1e-15), o.withMaxDiscretisationInterval(1e-4));
        assertEquals(new PldOptions(1e-4, 1e-2, 1 << 16, 1e-15), o.withMaxGridSize(1 << 16));
        assertEquals(new PldOptions(1e-4, 1e-2, 1 << 20, 1e-12), o.withTailMassTruncation(1e-12));
    }
}
