package org.veil.dpsgd.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoissonSamplerTest {

    @Test
    void everyRowIsIncludedWithProbabilityQ() {
        int n = 1000;
        double q = 0.03;
        int steps = 4000;
        PoissonSampler s = PoissonSampler.seeded(n, q, 7);
        int[] counts = new int[n];
        long total = 0;
        double sumSq = 0;
        for (int t = 0; t < steps; t++) {
            int[] b = s.batch(t);
            total += b.length;
            sumSq += (double) b.length * b.length;
            for (int i = 1; i < b.length; i++) {
                assertTrue(b[i] > b[i - 1], "sorted, no duplicates");
            }
            for (int r : b) {
                counts[r]++;
            }
        }
        double mean = (double) total / steps;
        // Batch size ~ Binomial(n, q): mean nq = 30, sd sqrt(nq(1-q)) = 5.39; 5 standard errors of the mean.
        assertEquals(n * q, mean, 5 * Math.sqrt(n * q * (1 - q) / steps));
        double var = sumSq / steps - mean * mean;
        assertEquals(n * q * (1 - q), var, 0.1 * n * q * (1 - q));
        // Per-row counts ~ Binomial(steps, q): chi-square over rows with n-1 degrees of freedom.
        double expected = steps * q;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / (expected * (1 - q));
        }
        // chi2 with 999 df: mean 999, sd 44.7; 5 sd.
        assertTrue(Math.abs(chi2 - n) < 5 * Math.sqrt(2.0 * n), "chi2=" + chi2);
    }

    @Test
    void seededBatchesDependOnlyOnSeedAndStep() {
        PoissonSampler a = PoissonSampler.seeded(500, 0.1, 3);
        PoissonSampler b = PoissonSampler.seeded(500, 0.1, 3);
        b.batch(0);
        b.batch(1);
        assertArrayEquals(a.batch(17), b.batch(17));
        assertTrue(a.batch(18).length > 0);
    }

    @Test
    void rateOneTakesEveryRow() {
        assertEquals(10, PoissonSampler.secure(10, 1.0).batch(0).length);
    }
}
