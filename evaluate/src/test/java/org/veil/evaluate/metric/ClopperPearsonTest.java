package org.veil.evaluate.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reference values: scipy 1.17.1 {@code scipy.stats.beta.ppf}, script /work/refs/scripts/cp_reference.py
 * (lower = beta.ppf(a, k, n-k+1), upper = beta.ppf(1-a, k+1, n-k)); inputs (k, n, a) beside each row.
 */
class ClopperPearsonTest {
    private static final double[][] CASES = {
        // k, n, alpha, lower, upper
        {0, 100, 0.05, 0.0, 0.029513049607039925},
        {3, 100, 0.05, 0.008225829107652688, 0.07571079374983004},
        {50, 100, 0.025, 0.39832112950330095, 0.601678870496699},
        {97, 100, 0.05, 0.92428920625017, 0.9917741708923473},
        {100, 100, 0.05, 0.9704869503929601, 1.0},
        {1, 1000, 0.025, 2.531748749129404e-05, 0.005558924279826672},
        {999, 1000, 0.025, 0.9944410757201734, 0.9999746825125088},
        {10, 20000, 0.05, 0.00027129453156626046, 0.0008479633438665878},
    };

    @Test
    void boundsMatchScipyBetaQuantiles() {
        for (double[] c : CASES) {
            long k = (long) c[0];
            long n = (long) c[1];
            assertEquals(c[3], ClopperPearson.lower(k, n, c[2]), 1e-9 * Math.max(1e-3, c[3]) + 1e-12, "lower " + k + "/" + n);
            assertEquals(c[4], ClopperPearson.upper(k, n, c[2]), 1e-9 * Math.max(1e-3, c[4]) + 1e-12, "upper " + k + "/" + n);
        }
    }

    @Test
    void rejectsImpossibleCounts() {
        assertEquals("k=5, n=4, allowed: 0 <= k <= n, n >= 1",
                assertThrows(IllegalArgumentException.class, () -> ClopperPearson.upper(5, 4, 0.05)).getMessage());
        assertEquals("alpha=0.7, allowed: (0, 0.5)",
                assertThrows(IllegalArgumentException.class, () -> ClopperPearson.lower(1, 4, 0.7)).getMessage());
    }
}
