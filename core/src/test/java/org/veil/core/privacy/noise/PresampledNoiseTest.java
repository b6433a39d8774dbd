package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PresampledNoiseTest {

    @Test
    void presampledNoiseGivesBitwiseTheSameReleaseAsAddingDirectly() {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[50_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian() * Math.pow(10, r.nextInt(-6, 6));
        }
        x[0] = 0x1p60; // beyond 2^52 grid steps: already on the grid
        double[] direct = x.clone();
        NoiseSource.seeded(9).addGaussian(direct, 0.37);
        double[] later = x.clone();
        PresampledNoise p = NoiseSource.seeded(9).presampleGaussian(x.length, 0.37);
        p.addTo(later);
        assertArrayEquals(direct, later, 0.0);
        assertEquals(0.37, p.scale(), 0.0);
    }

    @Test
    void noiseIsNeverUsedTwiceAndLengthsMustMatch() {
        PresampledNoise p = NoiseSource.seeded(1).presampleGaussian(3, 1.0);
        assertEquals("values has 2 entries, allowed: 3",
                assertThrows(IllegalArgumentException.class, () -> p.addTo(new double[2])).getMessage());
        p.addTo(new double[3]);
        assertThrows(IllegalStateException.class, () -> p.addTo(new double[3]));
        PresampledNoise q = NoiseSource.secure().presampleGaussian(2, 1.0);
        assertEquals("values[1]=NaN, allowed: finite",
                assertThrows(IllegalArgumentException.class, () -> q.addTo(new double[] {0, Double.NaN})).getMessage());
    }
}
