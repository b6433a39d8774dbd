package org.veil.lfr.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LbfgsOptionsTest {

    @Test
    void defaults() {
        LbfgsOptions o = new LbfgsOptions();
        assertEquals(new LbfgsOptions(10, 1000, 4000, 1e-5, 1e-10), o);
    }

    @Test
    void withVariantsChangeOneComponent() {
        LbfgsOptions o = new LbfgsOptions();
        assertEquals(new LbfgsOptions(3, 1000, 4000, 1e-5, 1e-10), o.withMemory(3));
        assertEquals(new LbfgsOptions(10, 7, 4000, 1e-5, 1e-10), o.withMaxIterations(7));
        assertEquals(new LbfgsOptions(10, 1000, 9, 1e-5, 1e-10), o.withMaxEvaluations(9));
        assertEquals(new LbfgsOptions(10, 1000, 4000, 0, 1e-10), o.withGradientTolerance(0));
        assertEquals(new LbfgsOptions(10, 1000, 4000, 1e-5, 0.5), o.withRelativeTolerance(0.5));
    }

    @Test
    void validationMessagesNameTheValueAndTheAllowedRange() {
        LbfgsOptions o = new LbfgsOptions();
        assertMessage("memory=0, allowed: [1, 100]", () -> o.withMemory(0));
        assertMessage("memory=101, allowed: [1, 100]", () -> o.withMemory(101));
        assertMessage("maxIterations=0, allowed: [1, 100000000]", () -> o.withMaxIterations(0));
        assertMessage("maxEvaluations=-1, allowed: [1, 1000000000]", () -> o.withMaxEvaluations(-1));
        assertMessage("gradientTolerance=-1.0E-5, allowed: [0, inf)", () -> o.withGradientTolerance(-1e-5));
        assertMessage("gradientTolerance=NaN, allowed: [0, inf)", () -> o.withGradientTolerance(Double.NaN));
        assertMessage("gradientTolerance=Infinity, allowed: [0, inf)",
                () -> o.withGradientTolerance(Double.POSITIVE_INFINITY));
        assertMessage("relativeTolerance=1.0, allowed: [0, 1)", () -> o.withRelativeTolerance(1));
        assertMessage("relativeTolerance=NaN, allowed: [0, 1)", () -> o.withRelativeTolerance(Double.NaN));
    }

    private static void assertMessage(String expected, Executable executable) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
