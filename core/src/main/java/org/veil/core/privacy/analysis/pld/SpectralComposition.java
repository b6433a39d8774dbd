package org.veil.core.privacy.analysis.pld;

import java.util.List;

/**
 * Composes the pessimistic and the optimistic PMFs of every term of one direction with FFTs: the PMF of a sum
 * of independent steps is the convolution of theirs, i.e. the product of their discrete Fourier transforms
 * (Koskela, Jalko and Honkela 2020, section 4, eq. 4.2), so T runs of one step are its spectrum to the power T
 * and a heterogeneous ledger multiplies the spectra of its mechanisms on the common grid.
 *
 * <p>The transform has length n and is cyclic: grid index s lands in slot s mod n. The caller picks a window
 * [lo, lo + n) that {@link TailWindow} shows holds all but a small mass; mass outside it wraps into the window
 * (and is accounted for by the caller). The two real PMFs ride in one complex transform, pessimistic as the
 * real part and optimistic as the imaginary part, and are separated by Hermitian symmetry
 * (Press et al., Numerical Recipes, 3rd ed., section 12.3.1): half the transforms of doing them one by one.
 *
 * <p>Powers use the polar form z^T = |z|^T e^{i T arg z}; spectral values whose T-th power underflows are set
 * to zero without computing the angle. Stateless and thread-safe; no randomness.
 */
final class SpectralComposition {

    /**
     * The composed PMFs on grid indices [lo, lo + n): {@code pessimistic[t]} at loss shift + (lo + t) h; negative
     * rounding noise clipped to zero (Koskela et al. 2020, section 4).
     */
    record Composed(long lo, double shift, double[] pessimistic, double[] optimistic, Noise noise) {
    }

    /**
     * The rounding noise of the transform, measured by the largest negative value it produced (the true values
     * are &gt;= 0): an empirical allowance, not a proven bound, of noise * e^{logNorm - lambda s} at grid index s.
     */
    record Noise(double level, double logNorm, double lambda, long lo, int n) {

        /** Total allowance over grid indices [from, lo + n). */
        double above(long from) {
            long first = Math.max(from, lo);
            long count = lo + n - first;
            if (count <= 0 || level == 0) {
                return 0;
            }
            if (lambda == 0) {
                return level * Math.exp(logNorm) * count;
            }
            // geometric sum of e^{logNorm - lambda s} for s = first .. lo + n - 1
            return level * Math.exp(logNorm - lambda * first) * -Math.expm1(-lambda * count) / -Math.expm1(-lambda);
        }
    }

    /** Multiplicative factors are recomputed exactly at least this often, bounding their drift to 1e-13. */
    private static final int RESYNC = 1024;
    /** ... and before they can change by more than e^300, so that they neither overflow nor underflow. */
    private static final double MAX_DRIFT = 300;

    private SpectralComposition() {
    }

    /** Composes the terms in the window and with the tilt of {@code plan}. */
    static Composed compose(List<Term> terms, TailWindow.Plan plan) {
        int n = plan.n();
        double lambda = plan.lambda();
        Fft fft = Fft.of(n);
        double[] yr = null;
        double[] yi = null;
        long base = 0;
        double shift = 0;
        double[] logNorm = new double[2]; // sum_e n_e log E[e^{lambda K_e}] of each discretisation
        double[] termNorm = new double[2];
        for (Term t : terms) {
            long origin = t.pessimistic().offset();
            base = Math.addExact(base, Math.multiplyExact(t.count(), origin));
            shift += t.count() * t.pessimistic().shift();
            TailWindow.logMgf(t, lambda, termNorm);
            logNorm[0] += t.count() * termNorm[0];
            logNorm[1] += t.count() * termNorm[1];
            double[] xr = new double[n];
            double[] xi = new double[n];
            place(t.pessimistic(), origin, lambda, termNorm[0], xr);
            place(t.optimistic(), origin, lambda, termNorm[1], xi);
            fft.forward(xr, xi);
            if (yr == null) {
                raise(xr, xi, t.count(), null, null);
                yr = xr;
                yi = xi;
            } else {
                raise(xr, xi, t.count(), yr, yi);
            }
        }
        fft.inverse(yr, yi);
        double[] pessimistic = new double[n];
        double[] optimistic = new double[n];
        long lo = plan.lo();
        int slotShift = (int) Math.floorMod(lo - base, (long) n); // slot of grid index s is (s - base) mod n
        double level = 0;
        // undo the tilt: value * e^{logNorm - lambda s}, the factor stepped by e^{-lambda} and recomputed exactly
        // every RESYNC indices (plain multiplications: this loop also runs cold, before the JIT)
        double stepFactor = Math.exp(-lambda);
        int resync = resyncInterval(lambda);
        double fp = 0;
        double fo = 0;
        for (int t = 0; t < n; t++) {
            if (t % resync == 0) {
                fp = Math.exp(logNorm[0] - lambda * (lo + t));
                fo = Math.exp(logNorm[1] - lambda * (lo + t));
            }
            int slot = (t + slotShift) & (n - 1);
            double p = yr[slot];
            double o = yi[slot];
            level = Math.max(level, Math.max(-p, -o));
            pessimistic[t] = p > 0 ? Math.min(1, p * fp) : 0; // a probability: noise times a huge factor is capped
            optimistic[t] = o > 0 ? Math.min(1, o * fo) : 0;
            fp *= stepFactor;
            fo *= stepFactor;
        }
        Noise noise = new Noise(level, Math.max(logNorm[0], logNorm[1]), lambda, lo, n);
        return new Composed(lo, shift, pessimistic, optimistic, noise);
    }

    /**
     * Adds the tilted PMF p_k e^{lambda k - logNorm} (exponential tilting: the tilted convolution is the
     * convolution of the tilted steps) into {@code into}, index k at slot (k - origin) mod n.
     */
    private static void place(LossPmf pmf, long origin, double lambda, double logNorm, double[] into) {
        int n = into.length;
        double[] m = pmf.masses();
        int start = (int) Math.floorMod(pmf.offset() - origin, (long) n);
        double step = Math.exp(lambda);
        int resync = resyncInterval(lambda);
        double factor = 0;
        for (int j = 0; j < m.length; j++) {
            if (j % resync == 0) {
                factor = Math.exp(lambda * (pmf.offset() + j) - logNorm);
            }
            into[(start + j) & (n - 1)] += m[j] * factor;
            factor *= step;
        }
    }

    /**
     * Splits X = FFT(p + i o) into P = FFT(p) and O = FFT(o) (P_k = (X_k + conj X_{n-k})/2,
     * O_k = (X_k - conj X_{n-k})/(2i); Numerical Recipes 12.3.1), raises both to the power count, multiplies them
     * into the accumulated spectra held the same way in (yr, yi) when given, and writes P + iO back.
     */
    private static void raise(double[] xr, double[] xi, long count, double[] yr, double[] yi) {
        int n = xr.length;
        double[] p = new double[2];
        double[] o = new double[2];
        double[] pa = new double[2];
        double[] oa = new double[2];
        double[] outR = yr == null ? xr : yr;
        double[] outI = yi == null ? xi : yi;
        double threshold = Complex.underflowThreshold(count);
        for (int k = 0; k <= n / 2; k++) {
            int k2 = (n - k) & (n - 1);
            if (count > 1 && negligible(xr[k], xi[k], xr[k2], xi[k2], threshold)) {
                outR[k] = 0; // both powers underflow (|P|, |O| <= (|X_k| + |X_{n-k}|)/2): the common case for large
                outI[k] = 0; // counts, kept free of calls because this loop also runs before the JIT compiles it
                outR[k2] = 0;
                outI[k2] = 0;
                continue;
            }
            split(xr, xi, k, k2, p, o);
            Complex.power(p, count, threshold);
            Complex.power(o, count, threshold);
            if (yr != null) {
                split(yr, yi, k, k2, pa, oa);
                Complex.multiply(p, pa);
                Complex.multiply(o, oa);
            }
            outR[k] = p[0] - o[1]; // Y_k = P_k + i O_k
            outI[k] = p[1] + o[0];
            outR[k2] = p[0] + o[1]; // Y_{n-k} = conj(P_k) + i conj(O_k)
            outI[k2] = o[0] - p[1];
        }
    }

    /** How many indices a factor e^{lambda k} may be stepped by multiplication before it is recomputed. */
    private static int resyncInterval(double lambda) {
        double steps = MAX_DRIFT / Math.max(Math.abs(lambda), 1e-300);
        return (int) Math.max(1, Math.min(RESYNC, steps));
    }

    /** Whether (|a| + |b|)^2 / 4, a bound on |P|^2 and |O|^2, is below the underflow threshold of the power. */
    private static boolean negligible(double ar, double ai, double br, double bi, double threshold) {
        double a = Math.abs(ar) + Math.abs(ai);
        double b = Math.abs(br) + Math.abs(bi);
        double bound = 0.5 * (a + b);
        return bound * bound < threshold;
    }

    private static void split(double[] re, double[] im, int k, int k2, double[] p, double[] o) {
        double ar = re[k];
        double ai = im[k];
        double br = re[k2];
        double bi = -im[k2]; // conj X_{n-k}
        p[0] = 0.5 * (ar + br);
        p[1] = 0.5 * (ai + bi);
        o[0] = 0.5 * (ai - bi); // (a - b)/(2i)
        o[1] = -0.5 * (ar - br);
    }
}
