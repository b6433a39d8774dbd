package org.veil.federated.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdaptiveClippingTest {

    @Test
    void updateNoiseAndCountNoiseComposeToTheAccountedMultiplier() {
        AdaptiveClipping a = new AdaptiveClipping();
        for (double m : new double[] {50, 100, 1000}) {
            for (double z : new double[] {0.5, 1.0, 2.0}) {
                double sd = a.updateNoiseMultiplier(z, m);
                double sb = m / 20;
                // Andrew et al. 2021, Theorem 1: z^-2 = sigma_Delta^-2 + (2 sigma_b)^-2
                assertEquals(1 / (z * z), 1 / (sd * sd) + 1 / (4 * sb * sb), 1e-12 / (z * z));
                assertTrue(sd > z, "the updates get more noise than z: " + sd);
            }
        }
        // m = 100, z = 1: sigma_b = 5, sigma_Delta = (1 - 1/100)^-1/2 = 1.0050378...
        assertEquals(1 / Math.sqrt(0.99), a.updateNoiseMultiplier(1.0, 100), 1e-12);
    }

    @Test
    void refusesACountNoiseThatAloneWouldSpendTheBudget() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveClipping().updateNoiseMultiplier(1.0, 10)); // sigma_b = 0.5, 2 sigma_b = 1 = z
        assertTrue(e.getMessage().contains("sigma_b=0.5"), e.getMessage());
    }

    @Test
    void geometricUpdateMovesTheClipTowardsTheTargetQuantile() {
        AdaptiveClipping a = new AdaptiveClipping();
        double m = 100;
        // every update unclipped: centred sum = +m/2, so b = 1 and C shrinks by exp(-0.2 * 0.5)
        assertEquals(Math.exp(-0.1), a.nextClip(1.0, m / 2, m), 1e-12);
        // every update clipped: b = 0, C grows by exp(0.1)
        assertEquals(Math.exp(0.1), a.nextClip(1.0, -m / 2, m), 1e-12);
        // exactly at the target quantile: unchanged
        assertEquals(2.0, a.nextClip(2.0, 0, m), 1e-12);
    }

    @Test
    void validatesItsSettings() {
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveClipping(1.0, 0.2, 20));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveClipping(0.5, 0, 20));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveClipping(0.5, 0.2, -1));
    }
}
