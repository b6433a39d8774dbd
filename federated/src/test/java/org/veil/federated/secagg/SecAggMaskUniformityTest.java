package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * The server's view of one client: y_u for a constant or highly structured x_u must look uniform on
 * Z_{2^32} (Bonawitz et al. 2017, §3: "y_u … appears uniformly random"), on the complete and a sparse graph.
 * Tests at significance 1e-6 with fixed seeds; a negative control shows each test rejects the raw input.
 */
class SecAggMaskUniformityTest {

    private static final int D = 1 << 16;
    private static final double CHI2_BYTES = new ChiSquaredDistribution(255).inverseCumulativeProbability(1 - 1e-6);

    @Test
    void maskedConstantInputIsUniformOnBytesAndBits() {
        for (SecAggConfig c : configs()) {
            int[][] x = new int[c.numClients()][D];
            for (int[] row : x) {
                java.util.Arrays.fill(row, 1000); // every client sends the same constant
            }
            int[] y = LocalSecAggRound.run(c, 7, x, DropoutSchedule.none(), SecAggFixtures.seeded(70)).serverView().get(0);
            assertTrue(byteChiSquare(y) < CHI2_BYTES, "k=" + c.neighbourDegree() + " chi2=" + byteChiSquare(y));
            assertTrue(maxBitZ(y) < 5.5, "k=" + c.neighbourDegree() + " |z|=" + maxBitZ(y));
            assertFalse(byteChiSquare(x[0]) < CHI2_BYTES, "negative control: the raw constant is not uniform");
        }
    }

    @Test
    void maskedRampIsUncorrelatedWithTheInput() {
        for (SecAggConfig c : configs()) {
            int[][] x = new int[c.numClients()][D];
            for (int[] row : x) {
                for (int i = 0; i < D; i++) {
                    row[i] = (i % 4096) * 100 - 204_800; // a sawtooth within ±maxAbsInput·scale
                }
            }
            int[] y = LocalSecAggRound.run(c, 8, x, DropoutSchedule.none(), SecAggFixtures.seeded(80)).serverView().get(3);
            double r = correlation(x[3], y);
            // |r| of independent samples has sd 1/√D = 0.0039; 5 sd
            assertTrue(Math.abs(r) < 5 / Math.sqrt(D), "k=" + c.neighbourDegree() + " r=" + r);
            assertTrue(byteChiSquare(y) < CHI2_BYTES, "k=" + c.neighbourDegree());
            int[] shifted = java.util.Arrays.stream(x[3]).map(v -> v + 300_000).toArray(); // unmasked, non-negative
            assertTrue(correlation(x[3], shifted) > 0.99, "negative control: the test sees an unmasked ramp");
        }
    }

    private static SecAggConfig[] configs() {
        return new SecAggConfig[] {SecAggConfig.completeGraph(6, 4, D, 1 << 16, 8.0),
                new SecAggConfig(20, 3, 4, D, 1 << 16, 8.0)};
    }

    /** Pearson's χ² of the 4·D bytes against uniform over 256 values. */
    private static double byteChiSquare(int[] y) {
        long[] counts = new long[256];
        for (int w : y) {
            for (int s = 0; s < 32; s += 8) {
                counts[(w >>> s) & 0xff]++;
            }
        }
        double expected = 4.0 * y.length / 256;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        return chi2;
    }

    /** Largest |z| over the 32 bit positions of the frequency of ones (Binomial(D, 1/2) under uniformity). */
    private static double maxBitZ(int[] y) {
        double worst = 0;
        for (int b = 0; b < 32; b++) {
            long ones = 0;
            for (int w : y) {
                ones += (w >>> b) & 1;
            }
            worst = Math.max(worst, Math.abs(ones - y.length / 2.0) / Math.sqrt(y.length / 4.0));
        }
        return worst;
    }

    /** Pearson correlation of x and y read as unsigned 32-bit values. */
    private static double correlation(int[] x, int[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += Integer.toUnsignedLong(y[i]);
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = Integer.toUnsignedLong(y[i]) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
