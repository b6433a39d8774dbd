package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DiscretePldTest {

    /** The obvious formula, term by term: inf + sum_{l > eps} p (1 - e^{eps - l}). */
    private static double slowDelta(double h, long offset, double[] p, double inf, double eps) {
        double d = inf;
        for (int i = 0; i < p.length; i++) {
            double l = (offset + i) * h;
            if (l > eps) {
                d += p[i] * (1 - Math.exp(eps - l));
            }
        }
        return d;
    }

    @Test
    void epsilonIsTheSmallestEpsilonWhoseDeltaIsAtMostTheTarget() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + rnd.nextInt(300);
            double h = 0.01 + rnd.nextDouble() * 0.2;
            long offset = rnd.nextInt(200) - 150;
            double[] p = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                p[i] = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble();
                total += p[i];
            }
            double inf = rnd.nextDouble() < 0.5 ? 0 : 1e-4 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                p[i] *= (1 - inf) / total;
            }
            DiscretePld pld = new DiscretePld(h, offset, p, inf, 0);
            for (double target : new double[] {0.3, 0.05, 1e-3, 1e-5}) {
                double eps = pld.epsilon(target);
                if (inf > target) {
                    assertEquals(Double.POSITIVE_INFINITY, eps);
                    continue;
                }
                assertTrue(slowDelta(h, offset, p, inf, eps) <= target * (1 + 1e-12), "delta(eps) <= target");
                if (eps > 0) {
                    assertTrue(slowDelta(h, offset, p, inf, eps - 1e-9) > target, "eps is the smallest: trial " + trial);
                }
                assertEquals(slowDelta(h, offset, p, inf, eps), pld.delta(eps), 1e-14);
            }
        }
    }

    @Test
    void deltaIsNonIncreasingAndSlackIsSubtracted() {
        double[] p = {0.2, 0.3, 0.1, 0.25, 0.15};
        DiscretePld pld = new DiscretePld(0.5, -1, p, 0.01, 0);
        DiscretePld slack = new DiscretePld(0.5, -1, p, 0.01, 0.005);
        double prev = 1;
        for (double eps = -1; eps < 3; eps += 0.01) {
            double d = pld.delta(eps);
            assertTrue(d <= prev + 1e-15, "non-increasing at " + eps);
            assertEquals(Math.max(0, d - 0.005), slack.delta(eps), 1e-15);
            prev = d;
        }
        assertEquals(0.01, pld.delta(5), 1e-15, "only the infinity mass is left above the support");
        // epsilon with slack solves delta = target + slack
        assertEquals(pld.epsilon(0.035), slack.epsilon(0.03), 1e-12);
    }
}
