package org.veil.evaluate.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values: scipy 1.17.1 (norm.logpdf, numpy std with ddof=1), script
 * /work/refs/scripts/lira_reference.py; inputs: p = (0.97, 0.02, 0.01), label 0, in-statistics
 * (3.1, 2.7, 3.6, 2.9), out-statistics (0.4, 1.1, -0.2, 0.7, 0.5).
 */
class LiraStatisticsTest {
    private static final double[] IN = {3.1, 2.7, 3.6, 2.9};
    private static final double[] OUT = {0.4, 1.1, -0.2, 0.7, 0.5};

    @Test
    void matchesScipy() {
        double phi = LiraStatistics.logitConfidence(new double[] {0.97, 0.02, 0.01}, 0);
        assertEquals(3.4760986898352733, phi, 1e-12);
        assertEquals(3.075, LiraStatistics.mean(IN), 1e-12);
        assertEquals(0.3862210075418822, LiraStatistics.sd(IN), 1e-12);
        assertEquals(0.47434164902525694, LiraStatistics.sd(OUT), 1e-12);
        double online = LiraStatistics.online(phi, LiraStatistics.mean(IN), LiraStatistics.sd(IN),
                LiraStatistics.mean(OUT), LiraStatistics.sd(OUT));
        assertEquals(19.348840333025457, online, 1e-9);
        assertEquals(6.2741669342149775, LiraStatistics.offline(phi, LiraStatistics.mean(OUT), LiraStatistics.sd(OUT)),
                1e-12);
    }

    @Test
    void logitKeepsPrecisionNearOneAndStaysFiniteAtTheEdges() {
        double nearOne = LiraStatistics.logitConfidence(new double[] {1 - 1e-15, 1e-15}, 0);
        assertEquals(Math.log(1 - 1e-15) - Math.log(1e-15), nearOne, 1e-9);
        assertTrue(Double.isFinite(LiraStatistics.logitConfidence(new double[] {0, 1}, 0)));
        assertTrue(Double.isFinite(LiraStatistics.logitConfidence(new double[] {1, 0}, 0)));
    }

    @Test
    void refusesTooFewShadowStatisticsForAPerExampleVariance() {
        assertEquals("shadow statistics=1, allowed: at least 2 for a per-example variance (or use a global one)",
                assertThrows(IllegalArgumentException.class, () -> LiraStatistics.sd(new double[] {1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LiraStatistics.offline(0, 0, 0));
    }
}
