package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veil.evaluate.metric.RocCurve;

class RocPointsTest {

    private static RocCurve curve(int n, long seed) {
        Random random = new Random(seed);
        double[] m = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = 0.3 + random.nextGaussian();
            x[i] = random.nextGaussian();
        }
        return RocCurve.of(m, x);
    }

    @Test
    void aShortCurveIsKeptWhole() {
        RocCurve roc = RocCurve.of(new double[] {0.9, 0.4, 0.7}, new double[] {0.1, 0.5});
        RocPoints p = RocPoints.of(roc);
        assertArrayEquals(roc.fpr(), p.fpr());
        assertArrayEquals(roc.tpr(), p.tpr());
    }

    @Test
    void aLongCurveKeepsAtMost400PointsWithTheLowFprEndDense() {
        RocCurve roc = curve(20_000, 5); // about 40 000 points
        RocPoints p = RocPoints.of(roc);
        assertTrue(p.size() <= RocPoints.MAX_POINTS, "size " + p.size());
        assertTrue(p.size() >= RocPoints.MAX_POINTS / 2, "the budget is used: " + p.size());
        double[] f = p.fpr();
        double[] t = p.tpr();
        assertEquals(0, f[0]);
        assertEquals(0, t[0]);
        assertEquals(1, f[f.length - 1]);
        assertEquals(1, t[t.length - 1]);
        for (int k = 1; k < f.length; k++) {
            assertTrue(f[k] >= f[k - 1] && t[k] >= t[k - 1], "monotone at " + k);
        }
        int belowOnePercent = 0;
        for (double v : f) {
            belowOnePercent += v <= 0.01 ? 1 : 0;
        }
        // Uniform thinning would keep ~1% of 400 = 4 points below FPR 1%; log buckets keep two of the
        // log10(20000) = 4.3 decades' worth there, i.e. about half.
        assertTrue(belowOnePercent > 100, "points at FPR <= 1%: " + belowOnePercent);
        // Every kept point is a point of the curve, so TPR at a low FPR is never overstated.
        assertTrue(stepTpr(f, t, 0.001) <= roc.tprAtFpr(0.001));
        assertTrue(stepTpr(f, t, 0.001) >= roc.tprAtFpr(0.0008), "and it is not lost either");
    }

    private static double stepTpr(double[] f, double[] t, double target) {
        double best = 0;
        for (int k = 0; k < f.length && f[k] <= target; k++) {
            best = t[k];
        }
        return best;
    }

    @Test
    void refusesInvalidPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RocPoints(new double[] {0, 0.5, 0.4}, new double[] {0, 0.5, 1}));
        assertEquals("fpr[2]=0.4 < fpr[1]=0.5, allowed: non-decreasing", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RocPoints(new double[] {0, 1.5}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new RocPoints(new double[] {0}, new double[] {0, 1}));
    }
}
