package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeededNoiseSourceTest {

    @Test
    void sameSeedGivesTheSameStream() {
        NoiseSource a = NoiseSource.seeded(123L);
        NoiseSource b = NoiseSource.seeded(123L);
        for (int round = 0; round < 3; round++) {
            double[] x = {0.25, -3.0, 17.5, 0.0};
            double[] y = x.clone();
            a.addGaussian(x, 0.8);
            b.addGaussian(y, 0.8);
            assertArrayEquals(x, y, 0.0, "gaussian round " + round);
            a.addLaplace(x, 2.0);
            b.addLaplace(y, 2.0);
            assertArrayEquals(x, y, 0.0, "laplace round " + round);
        }
    }

    @Test
    void differentSeedsGiveDifferentStreams() {
        double[] x = new double[16];
        double[] y = new double[16];
        NoiseSource.seeded(1L).addGaussian(x, 1.0);
        NoiseSource.seeded(2L).addGaussian(y, 1.0);
        assertFalse(Arrays.equals(x, y));
    }

    @Test
    void reportsItselfAsSeeded() {
        NoiseSource noise = NoiseSource.seeded(0L);
        assertFalse(noise.isSecure());
        assertEquals("seeded", noise.name());
    }
}
