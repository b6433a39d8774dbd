package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The FFT composition and its Chernoff window against direct convolution (the slow, obvious oracle). */
class CompositionOracleTest {

    private static double[] convolve(double[] a, double[] b) {
        double[] c = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        return c;
    }

    private static double[] power(double[] p, long count) {
        double[] r = {1};
        for (long t = 0; t < count; t++) {
            r = convolve(r, p);
        }
        return r;
    }

    private static double[] randomPmf(Random rnd, int n) {
        double[] p = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            p[i] = rnd.nextDouble() * rnd.nextDouble();
            s += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= s;
        }
        return p;
    }

    @Test
    void fftCompositionOfTwoKindsEqualsDirectConvolutionForBothPackedPmfs() {
        Random rnd = new Random(3);
        double[] a1 = randomPmf(rnd, 17);
        double[] b1 = randomPmf(rnd, 17);
        double[] a2 = randomPmf(rnd, 9);
        double[] b2 = randomPmf(rnd, 9);
        List<SpectralComposer.Factor> factors = List.of(new SpectralComposer.Factor(-3, a1, b1, 5),
                new SpectralComposer.Factor(7, a2, b2, 3));
        double[] wantA = convolve(power(a1, 5), power(a2, 3));
        double[] wantB = convolve(power(b1, 5), power(b2, 3));
        int len = wantA.length;
        double[][] got = SpectralComposer.compose(factors, 0, len - 1, 128);
        for (int i = 0; i < len; i++) {
            assertEquals(wantA[i], got[0][i], 1e-15, "pessimistic slot " + i);
            assertEquals(wantB[i], got[1][i], 1e-15, "optimistic slot " + i);
        }
    }

    @Test
    void aWindowShorterThanTheSupportFoldsTheRestOntoIt() {
        Random rnd = new Random(5);
        double[] a = randomPmf(rnd, 10);
        double[] want = power(a, 6);
        // window [20, 35] with n = 16: everything outside lands on index mod 16
        double[][] got = SpectralComposer.compose(List.of(new SpectralComposer.Factor(0, a, a, 6)), 20, 35, 16);
        for (int s = 20; s <= 35; s++) {
            double folded = 0;
            for (int i = s % 16; i < want.length; i += 16) {
                folded += want[i];
            }
            assertEquals(folded, got[0][s - 20], 1e-15, "slot " + s);
        }
    }

    @Test
    void chernoffWindowLeavesAtMostHalfTheTailOnEachSideAndIsNarrowerThanTheSupport() {
        Random rnd = new Random(9);
        double[] p = randomPmf(rnd, 30);
        p[0] += 0.3;
        double[] q = randomPmf(rnd, 12);
        long tp = 40;
        long tq = 25;
        double[] exact = convolve(power(p, tp), power(q, tq));
        for (double tail : new double[] {1e-3, 1e-8, 1e-14}) {
            long[] w = ChernoffWindow.window(List.of(new ChernoffWindow.Factor(p, tp),
                    new ChernoffWindow.Factor(q, tq)), tail);
            double below = 0;
            double above = 0;
            for (int s = 0; s < exact.length; s++) {
                if (s < w[0]) {
                    below += exact[s];
                } else if (s > w[1]) {
                    above += exact[s];
                }
            }
            assertTrue(below <= tail / 2 && above <= tail / 2, "tail " + tail + ": below " + below + " above " + above);
            assertTrue(w[1] - w[0] < (exact.length - 1) * 0.8, "window " + w[0] + ".." + w[1] + " of " + exact.length);
        }
    }

    @Test
    void binaryPoweringMatchesRepeatedMultiplication() {
        double[] out = new double[2];
        double re = 0.7;
        double im = -0.6;
        for (long count : new long[] {1, 2, 3, 7, 64, 101}) {
            double r = 1;
            double i = 0;
            for (long t = 0; t < count; t++) {
                double nr = r * re - i * im;
                i = r * im + i * re;
                r = nr;
            }
            SpectralComposer.power(re, im, count, SpectralComposer.underflowFloor(count), out);
            assertEquals(r, out[0], 1e-13 * Math.max(1e-300, Math.hypot(r, i)) + 1e-300);
            assertEquals(i, out[1], 1e-13 * Math.max(1e-300, Math.hypot(r, i)) + 1e-300);
        }
        SpectralComposer.power(0.5, 0.5, 10_000, SpectralComposer.underflowFloor(10_000), out);
        assertEquals(0, out[0]);
        assertEquals(0, out[1]);
    }
}
