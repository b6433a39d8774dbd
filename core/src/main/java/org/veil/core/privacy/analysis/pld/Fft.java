package org.veil.core.privacy.analysis.pld;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-place iterative radix-2 complex FFT on separate real and imaginary arrays (Cooley and Tukey 1965;
 * decimation in time after a bit-reversal permutation, Press et al., Numerical Recipes, 3rd ed., section 12.2).
 *
 * <p>Written here instead of using Commons Math's {@code FastFourierTransformer} because of two measured
 * problems (docs/pld-accountant.md): its twiddle factors come from a multiplicative recurrence whose rounding
 * error grows along each stage (1e-12 relative error at n = 2^18 near the highest frequencies, which a
 * T-th power turns into 1e-8), and its first call in a JVM costs about 0.7 s. Here every twiddle factor is
 * computed directly with {@code Math.cos}/{@code Math.sin}, so the error is O(log n) ulps.
 *
 * <p>An instance holds the twiddle table for one length; immutable and thread-safe once constructed. Instances
 * are cached per length ({@link #of(int)}) behind soft references, in a concurrent map.
 */
final class Fft {
    /** Twiddle tables are kept between calls (they cost a good part of a cold call); the GC may drop them. */
    private static final Map<Integer, SoftReference<Fft>> CACHE = new ConcurrentHashMap<>();
    private final int n;
    private final double[] cos;
    private final double[] sin;

    /** The transform of length n, from the cache when it holds one. */
    static Fft of(int n) {
        SoftReference<Fft> ref = CACHE.get(n);
        Fft fft = ref == null ? null : ref.get();
        if (fft == null) {
            fft = new Fft(n);
            CACHE.put(n, new SoftReference<>(fft));
        }
        return fft;
    }

    /** @param n a power of two &gt;= 2 */
    Fft(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n=" + n + ", allowed: a power of two >= 2");
        }
        this.n = n;
        int half = n / 2;
        int quarter = n / 4;
        cos = new double[half];
        sin = new double[half];
        int eighth = n / 8;
        for (int k = 0; k <= eighth && k < half; k++) {
            double angle = 2 * Math.PI * k / n; // w^k = exp(2 pi i k / n), computed directly on the first octant
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
        }
        for (int k = eighth + 1; k < quarter; k++) {
            cos[k] = sin[quarter - k]; // cos(pi/2 - x) = sin x
            sin[k] = cos[quarter - k];
        }
        for (int k = Math.max(quarter, 1); k < half; k++) {
            cos[k] = -sin[k - quarter]; // cos(pi/2 + x) = -sin x
            sin[k] = cos[k - quarter]; // sin(pi/2 + x) = cos x
        }
    }

    int length() {
        return n;
    }

    /** X_k = sum_j x_j exp(-2 pi i jk/n), in place. */
    void forward(double[] re, double[] im) {
        transform(re, im, -1);
    }

    /** x_j = (1/n) sum_k X_k exp(2 pi i jk/n), in place. */
    void inverse(double[] re, double[] im) {
        transform(re, im, 1);
        double scale = 1.0 / n;
        for (int i = 0; i < n; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    private void transform(double[] re, double[] im, double sign) {
        if (re.length != n || im.length != n) {
            throw new IllegalArgumentException("arrays of length " + re.length + "/" + im.length + ", allowed: " + n);
        }
        bitReverse(re, im);
        int m = 1; // the data now consists of transforms of length m
        if ((Integer.numberOfTrailingZeros(n) & 1) == 1) {
            for (int p = 0; p < n; p += 2) { // one radix-2 stage (twiddle 1) when log2 n is odd
                double tr = re[p + 1];
                double ti = im[p + 1];
                re[p + 1] = re[p] - tr;
                im[p + 1] = im[p] - ti;
                re[p] += tr;
                im[p] += ti;
            }
            m = 2;
        }
        for (; m < n; m <<= 2) {
            fusedStages(re, im, m, sign);
        }
    }

    /**
     * Two radix-2 stages at once (lengths m to 2m to 4m) in one pass over the data, which halves the memory
     * traffic of the large stages: butterflies (p, p+m), (p+2m, p+3m) with w_{2m}^j, then (p, p+2m) with w_{4m}^j
     * and (p+m, p+3m) with w_{4m}^{j+m}, p = block start + j (Numerical Recipes 12.2; radix-2^2 ordering).
     */
    private void fusedStages(double[] re, double[] im, int m, double sign) {
        for (int start = 0; start < n; start += 4 * m) {
            fusedBlock(re, im, start, m, sign);
        }
    }

    /** One block of {@link #fusedStages}: a small method, so that the JIT compiles it after a few calls. */
    private void fusedBlock(double[] re, double[] im, int start, int m, double sign) {
        int step1 = n / (2 * m); // table index step of w_{2m}
        int step2 = n / (4 * m); // of w_{4m}
        int quarter = n / 4; // w_{4m}^{j+m} = w_n^{j step2 + n/4}
        for (int j = 0; j < m; j++) {
            double w1r = cos[j * step1];
            double w1i = sign * sin[j * step1];
            double w2r = cos[j * step2];
            double w2i = sign * sin[j * step2];
            double w3r = cos[j * step2 + quarter];
            double w3i = sign * sin[j * step2 + quarter];
            int p0 = start + j;
            int p1 = p0 + m;
            int p2 = p1 + m;
            int p3 = p2 + m;
            double tr = re[p1] * w1r - im[p1] * w1i; // stage 2m: (p0, p1) and (p2, p3)
            double ti = re[p1] * w1i + im[p1] * w1r;
            double b0r = re[p0] + tr;
            double b0i = im[p0] + ti;
            double b1r = re[p0] - tr;
            double b1i = im[p0] - ti;
            tr = re[p3] * w1r - im[p3] * w1i;
            ti = re[p3] * w1i + im[p3] * w1r;
            double b2r = re[p2] + tr;
            double b2i = im[p2] + ti;
            double b3r = re[p2] - tr;
            double b3i = im[p2] - ti;
            tr = b2r * w2r - b2i * w2i; // stage 4m: (p0, p2) and (p1, p3)
            ti = b2r * w2i + b2i * w2r;
            re[p0] = b0r + tr;
            im[p0] = b0i + ti;
            re[p2] = b0r - tr;
            im[p2] = b0i - ti;
            tr = b3r * w3r - b3i * w3i;
            ti = b3r * w3i + b3i * w3r;
            re[p1] = b1r + tr;
            im[p1] = b1i + ti;
            re[p3] = b1r - tr;
            im[p3] = b1i - ti;
        }
    }

    private void bitReverse(double[] re, double[] im) {
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }
}
