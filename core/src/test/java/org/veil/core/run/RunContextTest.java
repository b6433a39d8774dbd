package org.veil.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunContextTest {

    @Test
    void aSeedMakesGeneratorAndNoiseReproducible() {
        RunContext a = RunContext.reproducibleOrSecure(17L);
        RunContext b = RunContext.reproducibleOrSecure(17L);
        assertEquals(17L, a.seed());
        assertFalse(a.noise().isSecure());
        assertEquals(a.random().nextLong(), b.random().nextLong());
        assertEquals(a.noise().gaussian(1.0), b.noise().gaussian(1.0), 0.0);
    }

    @Test
    void withoutASeedTheNoiseIsSecure() {
        assertTrue(RunContext.reproducibleOrSecure(null).noise().isSecure());
        assertTrue(RunContext.seeded(3).noise().isSecure(), "a seed alone does not weaken the noise");
    }
}
