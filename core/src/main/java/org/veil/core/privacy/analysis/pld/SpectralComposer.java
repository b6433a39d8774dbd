package org.veil.core.privacy.analysis.pld;

import java.util.Arrays;
import java.util.List;

/**
 * Composes discretised privacy loss distributions by FFT: the PMF of a sum of independent losses
 * is the convolution of their PMFs, i.e. the inverse transform of the product of their transforms,
 * each raised to its count (Koskela, Jalko and Honkela 2020; Koskela and Honkela 2021 for
 * heterogeneous compositions).
 *
 * <p>The pessimistic and optimistic PMFs of a step are real, so both ride in one complex transform
 * (z = a + i b) and are separated in frequency space by Hermitian symmetry,
 * A[k] = (Z[k] + conj Z[N-k]) / 2, B[k] = (Z[k] - conj Z[N-k]) / (2i) (Press et al. 2007, sec. 12.3).
 * Powers use binary powering, and a power below e^-745 is 0. The transform has
 * length N, so the result is the composed PMF folded modulo N; the caller chooses N from a
 * Chernoff window and accounts for the folded mass ({@link ChernoffWindow}).
 *
 * <p>Stateless and thread-safe; no randomness. The transform is {@link RadixTwoFft} (see there why
 * not Commons Math's).
 */
final class SpectralComposer {
    private static final double UNDERFLOW = -745.2;

    private SpectralComposer() {
    }

    /** One step kind: its two PMFs on the same grid indices offset.. and how many times it ran. */
    record Factor(long offset, double[] pessimistic, double[] optimistic, long count) {
    }

    /**
     * The composed pessimistic ({@code [0]}) and optimistic ({@code [1]}) PMFs on the composed grid
     * indices base + lo .. base + hi, where base = sum_j count_j offset_j and lo, hi are relative to it.
     *
     * @param n the transform length, a power of two with n &gt; hi - lo
     */
    static double[][] compose(List<Factor> factors, long lo, long hi, int n) {
        int half = n / 2;
        double[][] accA = ones(half + 1);
        double[][] accB = ones(half + 1);
        double[][] table = RadixTwoFft.twiddles(n);
        double[] pa = new double[2];
        double[] pb = new double[2];
        for (Factor f : factors) {
            double[][] z = new double[2][n];
            fold(f.pessimistic, z[0], n);
            fold(f.optimistic, z[1], n);
            RadixTwoFft.transform(z[0], z[1], false, table);
            double floor2 = underflowFloor(f.count);
            for (int k = 0; k <= half; k++) {
                int m = (n - k) & (n - 1);
                // A = (Z[k] + conj Z[N-k]) / 2, B = (Z[k] - conj Z[N-k]) / (2i) (Press et al. 2007, sec. 12.3)
                double aRe = 0.5 * (z[0][k] + z[0][m]);
                double aIm = 0.5 * (z[1][k] - z[1][m]);
                double bRe = 0.5 * (z[1][k] + z[1][m]);
                double bIm = -0.5 * (z[0][k] - z[0][m]);
                power(aRe, aIm, f.count, floor2, pa);
                power(bRe, bIm, f.count, floor2, pb);
                multiplyInto(accA, k, pa);
                multiplyInto(accB, k, pb);
            }
        }
        double[][] w = new double[2][n];
        for (int k = 0; k <= half; k++) {
            // W = A + i B at k, and its Hermitian mirror conj(A) + i conj(B) at N - k
            w[0][k] = accA[0][k] - accB[1][k];
            w[1][k] = accA[1][k] + accB[0][k];
            if (k > 0 && k < half) {
                w[0][n - k] = accA[0][k] + accB[1][k];
                w[1][n - k] = accB[0][k] - accA[1][k];
            }
        }
        RadixTwoFft.transform(w[0], w[1], true, table);
        int len = Math.toIntExact(hi - lo + 1);
        double[][] out = new double[2][len];
        for (int s = 0; s < len; s++) {
            int idx = (int) Math.floorMod(lo + s, (long) n);
            // clip the FFT's rounding noise (about 1e-16 of the largest mass) at zero
            out[0][s] = Math.max(0, w[0][idx]);
            out[1][s] = Math.max(0, w[1][idx]);
        }
        return out;
    }

    /** Adds p[i] into dest[i mod n]: the same sequence modulo n, which is all a length-n transform sees. */
    private static void fold(double[] p, double[] dest, int n) {
        for (int i = 0; i < p.length; i++) {
            dest[i & (n - 1)] += p[i];
        }
    }

    private static double[][] ones(int len) {
        double[][] a = new double[2][len];
        Arrays.fill(a[0], 1);
        return a;
    }

    private static void multiplyInto(double[][] acc, int k, double[] p) {
        double re = acc[0][k] * p[0] - acc[1][k] * p[1];
        double im = acc[0][k] * p[1] + acc[1][k] * p[0];
        acc[0][k] = re;
        acc[1][k] = im;
    }

    /**
     * (re + i im)^count into out by binary powering (Knuth, TAOCP vol. 2, sec. 4.6.3), or 0 when
     * |z|^2 &lt; {@code floor2}, i.e. when |z|^count would fall below e^-745 (then no intermediate
     * power underflows either, since every |z|^(2^k) used is at least |z|^count).
     */
    static void power(double re, double im, long count, double floor2, double[] out) {
        double m2 = re * re + im * im;
        if (count > 1 && m2 < floor2) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        double rr = 1;
        double ri = 0;
        double br = re;
        double bi = im;
        long e = count;
        while (true) {
            if ((e & 1) != 0) {
                double t = rr * br - ri * bi;
                ri = rr * bi + ri * br;
                rr = t;
            }
            e >>>= 1;
            if (e == 0) {
                break;
            }
            double t = br * br - bi * bi;
            bi = 2 * br * bi;
            br = t;
        }
        out[0] = rr;
        out[1] = ri;
    }

    /** The |z|^2 below which z^count underflows: exp(2 * (-745) / count). */
    static double underflowFloor(long count) {
        return Math.exp(2 * UNDERFLOW / count);
    }
}
