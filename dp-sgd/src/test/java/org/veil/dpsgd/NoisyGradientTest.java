package org.veil.dpsgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.core.dl4j.Clipping;
import org.veil.core.privacy.noise.NoiseSource;

class NoisyGradientTest {

    @Test
    void prefetchedNoiseHasStandardDeviationSigmaTimesC() {
        int n = 200_000;
        double sigma = 1.3;
        double c = 0.7;
        double[] v = new double[n];
        try (NoisePrefetch prefetch = new NoisePrefetch(NoiseSource.seeded(42), n, sigma * c, 3)) {
            prefetch.take(0).addTo(v);
        }
        double sum = 0;
        double sq = 0;
        for (double x : v) {
            sum += x;
            sq += x * x;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        double expected = sigma * c;
        // Sample sd of n normals has relative standard error 1/sqrt(2n) = 0.0016; 5 standard errors.
        assertEquals(expected, sd, expected * 5 / Math.sqrt(2.0 * n));
        assertEquals(0, mean, 5 * expected / Math.sqrt(n));
    }

    @Test
    void enforcedBoundLeavesRoomForGridAndFloatRounding() {
        Clipping enforced = NoisyGradient.enforced(new Clipping.Flat(1.0), 1.1, 269_322);
        double inflation = NoiseSource.sensitivityInflation(269_322, 1.1);
        assertTrue(enforced.sensitivity() * (1 + NoisyGradient.FLOAT_MARGIN) + inflation <= 1.0);
        assertTrue(enforced.sensitivity() > 0.998, "the margin costs little: " + enforced.sensitivity());
    }

    @Test
    void stepNoiseComesFromTheStepsStreamWhicheverOrderStepsAreTaken() {
        double[] a = new double[1000];
        double[] b = new double[1000];
        try (NoisePrefetch p = new NoisePrefetch(NoiseSource.seeded(5), 1000, 1.0, 10)) {
            p.take(0);
            p.take(1);
            p.take(2).addTo(a);
        }
        try (NoisePrefetch p = new NoisePrefetch(NoiseSource.seeded(5), 1000, 1.0, 10)) {
            p.take(2).addTo(b);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, 0.0);
        double[] direct = new double[1000];
        NoiseSource.seeded(5).stream(2).addGaussian(direct, 1.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(direct, a, 0.0);
    }
}
