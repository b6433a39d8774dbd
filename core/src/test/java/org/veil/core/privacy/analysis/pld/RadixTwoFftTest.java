package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RadixTwoFftTest {

    @Test
    void matchesTheDefiningSumAndInvertsItself() {
        Random rnd = new Random(11);
        for (int n = 1; n <= 1024; n *= 2) {
            double[] re = new double[n];
            double[] im = new double[n];
            double[] r0 = new double[n];
            double[] i0 = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = r0[i] = rnd.nextGaussian();
                im[i] = i0[i] = rnd.nextGaussian();
            }
            RadixTwoFft.transform(re, im, false);
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    // X[k] = sum_j x[j] e^{-2 pi i j k / n}, angle reduced mod n for accuracy
                    double a = -2 * Math.PI * (((long) j * k) % n) / n;
                    sr += r0[j] * Math.cos(a) - i0[j] * Math.sin(a);
                    si += r0[j] * Math.sin(a) + i0[j] * Math.cos(a);
                }
                assertEquals(sr, re[k], 1e-12 * n, "re n=" + n + " k=" + k);
                assertEquals(si, im[k], 1e-12 * n, "im n=" + n + " k=" + k);
            }
            RadixTwoFft.transform(re, im, true);
            for (int i = 0; i < n; i++) {
                assertEquals(r0[i], re[i], 1e-14);
                assertEquals(i0[i], im[i], 1e-14);
            }
        }
    }

    @Test
    void largeTransformOfAShiftedImpulseIsAccurateToAFewUlp() {
        // the transform of an impulse at m is e^{-2 pi i k m / n}: every value has modulus exactly 1,
        // so modulus errors show the transform's own error (Commons Math's reaches ~1e-11 at 2^20)
        int n = 1 << 20;
        int m = 12345;
        double[] re = new double[n];
        double[] im = new double[n];
        re[m] = 1;
        RadixTwoFft.transform(re, im, false);
        double worst = 0;
        for (int k = 0; k < n; k += 97) {
            worst = Math.max(worst, Math.abs(Math.hypot(re[k], im[k]) - 1));
            double a = -2 * Math.PI * (((long) k * m) % n) / n;
            worst = Math.max(worst, Math.hypot(re[k] - Math.cos(a), im[k] - Math.sin(a)));
        }
        assertTrue(worst < 1e-14, "worst error " + worst);
    }
}
