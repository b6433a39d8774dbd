package org.veil.lfr.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BootstrapIntervalsTest {

    private static Function<int[], double[]> meanOf(double[] v) {
        return idx -> {
            double s = 0;
            for (int i : idx) {
                s += v[i];
            }
            return new double[] {s / idx.length, idx[0] % 2 == 0 ? Double.NaN : 1};
        };
    }

    @Test
    void intervalCoversTheEstimateNarrowsWithNAndIsReproducible() {
        SplittableRandom r = new SplittableRandom(1);
        double[] small = new double[100];
        double[] large = new double[2500];
        for (int i = 0; i < large.length; i++) {
            double v = r.nextDouble() < 0.3 ? 1 : 0;
            large[i] = v;
            if (i < small.length) {
                small[i] = v;
            }
        }
        Interval a = BootstrapIntervals.of(small.length, meanOf(small), 1000, 0.95, new SplittableRandom(7))[0];
        Interval b = BootstrapIntervals.of(large.length, meanOf(large), 1000, 0.95, new SplittableRandom(7))[0];
        double meanLarge = java.util.Arrays.stream(large).average().orElseThrow();
        assertTrue(b.low() < meanLarge && meanLarge < b.high(), b + " vs " + meanLarge);
        // the width of a proportion's interval shrinks like 1/sqrt(n): 25 times the rows, about 1/5 the width
        double ratio = (b.high() - b.low()) / (a.high() - a.low());
        assertTrue(ratio > 0.12 && ratio < 0.3, "width ratio " + ratio);
        Interval again = BootstrapIntervals.of(small.length, meanOf(small), 1000, 0.95, new SplittableRandom(7))[0];
        assertEquals(a, again);
    }

    @Test
    void undefinedResamplesAreSkippedAndCounted() {
        double[] v = {0, 1, 0, 1};
        Interval iv = BootstrapIntervals.of(v.length, meanOf(v), 200, 0.9, new SplittableRandom(3))[1];
        assertTrue(iv.undefined() > 50 && iv.undefined() < 150, iv.toString());
        assertEquals(1.0, iv.low());
    }

    @Test
    void quantileInterpolatesLikeNumpy() {
        // numpy.quantile([1, 2, 3, 4], 0.25) = 1.75
        assertEquals(1.75, BootstrapIntervals.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-15);
        assertThrows(IllegalArgumentException.class, () ->
                BootstrapIntervals.of(3, meanOf(new double[] {1, 2, 3}), 5, 0.95, new SplittableRandom(1)));
    }
}
