package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.junit.jupiter.api.Test;

/** Veil's FFT against the defining sum and against Commons Math's transform (an independent implementation). */
class FftTest {

    @Test
    void forwardMatchesTheDefiningSumAndInverseRoundTrips() {
        for (int log = 1; log <= 9; log++) {
            int n = 1 << log;
            SplittableRandom random = new SplittableRandom(log);
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = random.nextDouble();
                im[i] = random.nextDouble() - 0.5;
            }
            double[] r0 = re.clone();
            double[] i0 = im.clone();
            Fft fft = new Fft(n);
            fft.forward(re, im);
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    double angle = -2 * Math.PI * ((long) j * k % n) / n; // X_k = sum_j x_j e^{-2 pi i jk/n}
                    sr += r0[j] * Math.cos(angle) - i0[j] * Math.sin(angle);
                    si += r0[j] * Math.sin(angle) + i0[j] * Math.cos(angle);
                }
                assertEquals(sr, re[k], 1e-12 * n, "n=" + n + " k=" + k);
                assertEquals(si, im[k], 1e-12 * n, "n=" + n + " k=" + k);
            }
            fft.inverse(re, im);
            for (int i = 0; i < n; i++) {
                assertEquals(r0[i], re[i], 1e-14, "round trip");
                assertEquals(i0[i], im[i], 1e-14, "round trip");
            }
        }
    }

    @Test
    void agreesWithCommonsMathOnALargeTransform() {
        int n = 1 << 14;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < 3000; i++) {
            re[i] = Math.exp(-i / 300.0); // a PMF-like decay
        }
        double[][] reference = {re.clone(), im.clone()};
        FastFourierTransformer.transformInPlace(reference, DftNormalization.STANDARD, TransformType.FORWARD);
        new Fft(n).forward(re, im);
        for (int k = 0; k < n; k++) {
            assertEquals(reference[0][k], re[k], 1e-10);
            assertEquals(reference[1][k], im[k], 1e-10);
        }
    }

    @Test
    void rejectsLengthsThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new Fft(12));
        assertThrows(IllegalArgumentException.class, () -> new Fft(1));
        assertThrows(IllegalArgumentException.class, () -> new Fft(8).forward(new double[4], new double[4]));
    }
}
