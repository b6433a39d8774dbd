package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Fixed-point encoding into Z_{2^32}: rounding, unbiased stochastic rounding, range checks. */
class FixedPointEncoderTest {

    @Test
    void deterministicRoundingAndSignedDecodingOfAWrappedSum() {
        FixedPointEncoder enc = new FixedPointEncoder(1000, 10);
        assertArrayEquals(new int[] {1235, -1235, 0, 10_000, -10_000}, enc.encode(new float[] {1.2346f, -1.2346f, 0f, 10f, -10f}));
        int wrapped = 3 * -2000; // negative sums are two's complement words in Z_{2^32}
        assertArrayEquals(new double[] {-6.0}, enc.decode(new int[] {wrapped}), 0);
    }

    @Test
    void stochasticRoundingIsUnbiased() {
        FixedPointEncoder enc = new FixedPointEncoder(1, 10);
        float[] x = new float[100_000];
        java.util.Arrays.fill(x, 0.3f);
        int[] e = enc.encode(x, new SplittableRandom(7));
        long sum = 0;
        for (int v : e) {
            assertTrue(v == 0 || v == 1, "rounds to a neighbouring integer");
            sum += v;
        }
        // mean of 100000 Bernoulli(0.3): sd = 0.00145; deterministic rounding would give exactly 0
        assertEquals(0.3, sum / 100_000.0, 0.01);
        int[] negative = enc.encode(new float[] {-0.5f, -0.5f, -0.5f, -0.5f}, new SplittableRandom(1));
        for (int v : negative) {
            assertTrue(v == 0 || v == -1);
        }
    }

    @Test
    void inputsOutsideTheBoundAreRejectedWithTheirIndex() {
        FixedPointEncoder enc = new FixedPointEncoder(100, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enc.encode(new float[] {0f, 1.5f}));
        assertTrue(e.getMessage().contains("x[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> enc.encode(new float[] {Float.NaN}));
        assertThrows(IllegalArgumentException.class, () -> enc.encode(new float[] {Float.POSITIVE_INFINITY}, new SplittableRandom(1)));
    }

    @Test
    void configRejectsASumThatCouldOverflow() {
        // 1000 clients × 1.0 × 2^22 = 2^31.97 > 2^31: must be refused, naming the parameter and its range
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecAggConfig.completeGraph(1000, 600, 10, 1 << 22, 1.0));
        assertTrue(e.getMessage().startsWith("maxAbsInput=1.0") && e.getMessage().contains("< 2^31"), e.getMessage());
        SecAggConfig ok = SecAggConfig.completeGraph(1000, 600, 10, 1 << 20, 1.0); // 2^29.97 < 2^31
        assertEquals(1 << 20, ok.scale());
    }

    @Test
    void worstCaseSumDecodesExactly() {
        SecAggConfig config = SecAggConfig.completeGraph(4, 3, 1, 1 << 28, 1.0); // 4 · 2^28 = 2^30
        FixedPointEncoder enc = FixedPointEncoder.of(config);
        int sum = 0;
        for (int u = 0; u < 4; u++) {
            sum += enc.encode(new float[] {-1f})[0];
        }
        assertArrayEquals(new double[] {-4.0}, enc.decode(new int[] {sum}), 0);
    }
}
