package org.veil.evaluate.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static double[] normal(int n, double mean, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + r.nextGaussian();
        }
        return v;
    }

    @Test
    void aucIntervalCoversTheTrueValueAndNarrowsWithMoreData() {
        // Members ~ N(0.5, 1), non-members ~ N(0, 1): true AUC = Phi(0.5 / sqrt 2) = 0.638163 (scipy norm.cdf).
        double trueAuc = 0.6381631950841185;
        Bootstrap.Interval small = Bootstrap.interval(normal(200, 0.5, 1), normal(200, 0, 2), RocCurve::auc, 400,
                0.95, 7);
        Bootstrap.Interval large = Bootstrap.interval(normal(3000, 0.5, 3), normal(3000, 0, 4), RocCurve::auc, 400,
                0.95, 7);
        assertTrue(small.lower() < trueAuc && trueAuc < small.upper(), small.toString());
        assertTrue(large.lower() < trueAuc && trueAuc < large.upper(), large.toString());
        assertTrue(large.upper() - large.lower() < 0.5 * (small.upper() - small.lower()), small + " vs " + large);
    }

    @Test
    void reproducibleFromTheSeedAndTheQuantileRuleIsType7() {
        double[] m = normal(100, 1, 5);
        double[] n = normal(100, 0, 6);
        assertEquals(Bootstrap.interval(m, n, r -> r.tprAtFpr(0.01), 200, 0.9, 3),
                Bootstrap.interval(m, n, r -> r.tprAtFpr(0.01), 200, 0.9, 3));
        // numpy.quantile([1, 2, 3, 4], 0.25) = 1.75 (linear, the default "type 7").
        assertEquals(1.75, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.interval(m, n, RocCurve::auc, 10, 0.9, 1));
    }
}
