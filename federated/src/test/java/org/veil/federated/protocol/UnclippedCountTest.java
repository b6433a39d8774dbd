package org.veil.federated.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.veil.federated.secagg.FixedPointEncoder;
import org.veil.federated.secagg.SecAggConfig;

class UnclippedCountTest {

    @Test
    void theIndicatorIsOneWithinTheBoundAndZeroAbove() {
        assertArrayEquals(new int[] {5, -7, 1}, UnclippedCount.append(new int[] {5, -7}, 0.5, 0.5));
        assertArrayEquals(new int[] {5, -7, 0}, UnclippedCount.append(new int[] {5, -7}, 0.5000001, 0.5));
    }

    @Test
    void theCountSurvivesTheRingSumAndTheDecodingExactly() {
        // 100 clients at the largest scale the round allows: the update coordinates fill the ring's range, the
        // count coordinate is the plain integer count
        SecAggConfig config = new SecAggConfig(100, 6, 10, 3, (1 << 30) / (100 * 0.25), 0.25);
        FixedPointEncoder enc = FixedPointEncoder.of(config);
        int[] sum = new int[3];
        int expected = 0;
        for (int u = 0; u < 100; u++) {
            boolean within = u % 3 == 0;
            expected += within ? 1 : 0;
            int[] x = UnclippedCount.append(enc.encode(new float[] {0.25f, -0.25f}), within ? 0.1 : 0.3, 0.25);
            for (int i = 0; i < 3; i++) {
                sum[i] += x[i]; // Z_{2^32}
            }
        }
        double[] decoded = enc.decode(sum);
        assertEquals(expected, UnclippedCount.count(decoded, config.scale(), 100));
        assertArrayEquals(new double[] {25, -25}, UnclippedCount.updateSum(decoded), 1e-6);
    }

    @Test
    void aCountOutsideZeroToTheSurvivorsIsClamped() {
        double scale = 1000;
        assertEquals(10, UnclippedCount.count(new double[] {0, 1e6 / scale}, scale, 10));
        assertEquals(0, UnclippedCount.count(new double[] {0, -3 / scale}, scale, 10));
    }

    @Test
    void theSetupCarriesTheFlagAndRejectsAnythingElse() {
        SecAggConfig config = new SecAggConfig(10, 3, 4, 7, 1000, 0.5);
        for (boolean flag : new boolean[] {false, true}) {
            SecAggSetup back = SecAggSetup.fromBytes(new SecAggSetup(config, 42L, flag).toBytes());
            assertEquals(new SecAggSetup(config, 42L, flag), back);
            assertEquals(flag ? 6 : 7, back.updateLength());
        }
        byte[] bytes = new SecAggSetup(config, 42L, true).toBytes();
        bytes[bytes.length - 1] = 2;
        assertThrows(IllegalArgumentException.class, () -> SecAggSetup.fromBytes(bytes));
        assertThrows(IllegalArgumentException.class, () -> SecAggSetup.fromBytes(java.util.Arrays.copyOf(bytes, 40)));
        SecAggConfig one = new SecAggConfig(10, 3, 4, 1, 1000, 0.5);
        assertThrows(IllegalArgumentException.class, () -> new SecAggSetup(one, 1L, true));
    }
}
