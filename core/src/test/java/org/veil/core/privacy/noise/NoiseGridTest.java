package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseGridTest {

    @Test
    void granularityIsThePowerOfTwoAt2ToTheMinus40OfTheScale() {
        assertEquals(0x1p-40, NoiseSource.granularity(1.0));
        assertEquals(0x1p-40, NoiseSource.granularity(1.9999));
        assertEquals(0x1p-39, NoiseSource.granularity(2.0));
        assertEquals(0x1p-41, NoiseSource.granularity(0.75));
        // floor(log2(1e-3)) = -10 since 2^-10 = 9.77e-4 <= 1e-3 < 2^-9.
        assertEquals(0x1p-50, NoiseSource.granularity(1e-3));
        SplittableRandom random = new SplittableRandom(5L);
        for (int i = 0; i < 1000; i++) {
            double scale = Math.exp(random.nextDouble(-600, 600));
            double g = NoiseSource.granularity(scale);
            assertEquals(0L, Double.doubleToRawLongBits(g) & 0x000FFFFFFFFFFFFFL, "power of two: " + scale);
            assertTrue(g >= Double.MIN_NORMAL, "normal: " + scale);
            assertTrue(scale / g >= 0x1p40 && scale / g < 0x1p41, "scale / g in [2^40, 2^41) for " + scale);
        }
    }

    @Test
    void granularityRejectsInvalidOrUnrepresentableScales() {
        assertMessage("scale=-1.0, allowed: > 0 and finite", () -> NoiseSource.granularity(-1.0));
        assertMessage("scale=0.0, allowed: > 0 and finite", () -> NoiseSource.granularity(0.0));
        assertMessage("scale=NaN, allowed: > 0 and finite", () -> NoiseSource.granularity(Double.NaN));
        assertMessage("scale=Infinity, allowed: > 0 and finite", () -> NoiseSource.granularity(Double.POSITIVE_INFINITY));
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class, () -> NoiseSource.granularity(1e-300));
        assertTrue(tiny.getMessage().startsWith("scale=1.0E-300, allowed: [2^-980, 2^1000]"), tiny.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NoiseSource.granularity(0x1p1001));
        assertEquals(0x1p-1020, NoiseSource.granularity(0x1p-980));
        assertEquals(0x1p960, NoiseSource.granularity(0x1p1000));
    }

    @Test
    void roundingMovesAValueByAtMostHalfAStepOntoTheGrid() {
        double g = NoiseSource.granularity(1.7);
        SplittableRandom random = new SplittableRandom(11L);
        for (int i = 0; i < 10_000; i++) {
            double x = random.nextDouble(-1e6, 1e6) * Math.exp(random.nextDouble(-20, 20));
            double r = NoiseGrid.round(x, g);
            assertEquals(Math.rint(r / g), r / g, 0.0, "on the grid: " + r);
            assertTrue(Math.abs(r - x) <= g / 2, "moved by at most g/2: " + x);
        }
        // Huge values are already multiples of g; x / g must not overflow.
        assertEquals(1e300, NoiseGrid.round(1e300, 0x1p-100));
        assertEquals(-Double.MAX_VALUE, NoiseGrid.round(-Double.MAX_VALUE, 0x1p-1000));
    }

    @Test
    void sensitivityInflationIsOneStepPerCoordinateInL2() {
        assertEquals(NoiseSource.granularity(3.0) * Math.sqrt(1_000_000), NoiseSource.sensitivityInflation(1_000_000, 3.0));
        assertEquals(NoiseSource.granularity(0.01) * Math.sqrt(7), NoiseSource.sensitivityInflation(7, 0.01));
        assertEquals(0.0, NoiseSource.sensitivityInflation(0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> NoiseSource.sensitivityInflation(-1, 1.0));
    }

    @Test
    void roundingCanGrowADifferenceByMoreThanHalfAStepPerCoordinate() {
        // Why the inflation is g sqrt(d) and not g sqrt(d) / 2: g/2 - e rounds to 0, g/2 + e to g.
        int d = 4;
        double g = NoiseSource.granularity(1.0);
        double[] x = new double[d];
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = 0.5 * g - g / 64;
            y[i] = 0.5 * g + g / 64;
        }
        double before = distance(x, y, 0);
        double after = distance(x, y, g);
        assertTrue(after > before + g * Math.sqrt(d) / 2, "exceeds the halved bound");
        assertTrue(after <= before + NoiseSource.sensitivityInflation(d, 1.0), "within the stated bound");
        SplittableRandom random = new SplittableRandom(13L);
        for (int trial = 0; trial < 2000; trial++) {
            for (int i = 0; i < d; i++) {
                x[i] = random.nextDouble(-4, 4) * g;
                y[i] = x[i] + random.nextDouble(-2, 2) * g;
            }
            assertTrue(distance(x, y, g) <= distance(x, y, 0) + NoiseSource.sensitivityInflation(d, 1.0));
        }
    }

    /** L2 distance after rounding both to the grid g (g = 0: no rounding). */
    private static double distance(double[] x, double[] y, double g) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double a = g == 0 ? x[i] : NoiseGrid.round(x[i], g);
            double b = g == 0 ? y[i] : NoiseGrid.round(y[i], g);
            sum += (a - b) * (a - b);
        }
        return Math.sqrt(sum);
    }

    private static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, e.getMessage());
    }
}
