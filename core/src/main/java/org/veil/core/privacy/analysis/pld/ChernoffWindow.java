package org.veil.core.privacy.analysis.pld;

import java.util.List;

/**
 * The index window [lo, hi] outside which the sum S of independent grid-valued losses (T_j copies
 * of a measure m_j on indices 0..n_j-1 each) has at most {@code tailMass / 2} on each side, from the
 * Chernoff bound P(S &gt;= u) &lt;= exp(K(t) - t u), K(t) = sum_j T_j log sum_i m_j(i) e^{t i}, t &gt; 0,
 * and its mirror for t &lt; 0 (dp_accounting PLD supplementary notes, eq. (5);
 * Koskela and Honkela 2021). The FFT folds everything outside the window back into it, so
 * the window bounds how much mass can land in the wrong place.
 *
 * <p>The bound holds for any t; t is chosen by golden-section search on log t, which finds the
 * optimum because (K(t) + c) / t is quasi-convex in t (its sublevel sets {K(t) + c - a t &lt;= 0} are
 * intervals). The measures may be sub-probabilities or dominate several distributions at once
 * (e.g. the pointwise maximum of two PMFs): the bound is then valid for each of them.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
final class ChernoffWindow {
    private static final double LOG_T_MIN = Math.log(1e-12);
    private static final double LOG_T_MAX = Math.log(1e3);
    private static final int ITERATIONS = 32;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private ChernoffWindow() {
    }

    /** One factor: masses on indices 0..n-1 and how many copies are summed. */
    record Factor(double[] mass, long count) {
    }

    /** {lo, hi}: the sum lies in [lo, hi] except for at most tailMass / 2 below and tailMass / 2 above. */
    static long[] window(List<Factor> factors, double tailMass) {
        long trivialLo = 0;
        long trivialHi = 0;
        for (Factor f : factors) {
            int first = 0;
            while (first < f.mass.length - 1 && !(f.mass[first] > 0)) {
                first++;
            }
            int last = f.mass.length - 1;
            while (last > 0 && !(f.mass[last] > 0)) {
                last--;
            }
            trivialLo = Math.addExact(trivialLo, Math.multiplyExact(f.count, (long) first));
            trivialHi = Math.addExact(trivialHi, Math.multiplyExact(f.count, (long) last));
        }
        double c = Math.log(2 / tailMass);
        double upper = minimiseBound(factors, c, 1);
        double lower = -minimiseBound(factors, c, -1);
        long hi = upper < trivialHi ? (long) Math.ceil(upper) : trivialHi;
        long lo = lower > trivialLo ? (long) Math.floor(lower) : trivialLo;
        return new long[] {Math.max(lo, trivialLo), Math.min(Math.max(hi, lo), trivialHi)};
    }

    /**
     * min over t &gt; 0 of (K(sign t) + c) / t, with sign = +1 for the upper tail and -1 for the lower
     * (then the result is minus the lower bound).
     */
    private static double minimiseBound(List<Factor> factors, double c, int sign) {
        double a = LOG_T_MIN;
        double b = LOG_T_MAX;
        double x1 = b - GOLDEN * (b - a);
        double x2 = a + GOLDEN * (b - a);
        double f1 = bound(factors, c, sign, Math.exp(x1));
        double f2 = bound(factors, c, sign, Math.exp(x2));
        double best = Math.min(f1, f2);
        for (int i = 0; i < ITERATIONS; i++) {
            if (f1 <= f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - GOLDEN * (b - a);
                f1 = bound(factors, c, sign, Math.exp(x1));
                best = Math.min(best, f1);
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + GOLDEN * (b - a);
                f2 = bound(factors, c, sign, Math.exp(x2));
                best = Math.min(best, f2);
            }
        }
        return best;
    }

    /** (K(sign * t) + c) / t; a NaN or infinite K gives +Infinity (no information at this t). */
    private static double bound(List<Factor> factors, double c, int sign, double t) {
        double k = 0;
        for (Factor f : factors) {
            // K(t) = sum_j T_j log E_j[e^{t I}] (dp_accounting PLD notes, eq. (5))
            k += f.count * logMgf(f.mass, sign * t);
        }
        double value = (k + c) / t;
        return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    }

    /**
     * log sum_i m_i e^{t i} by Horner's rule in e^{-|t|}, anchored at the index with the largest
     * exponent so that nothing overflows (n multiplications, no exponentials). The relative rounding
     * error, about n ulp, is covered by the {@code 1e-9} added to the result.
     */
    static double logMgf(double[] m, double t) {
        double r = Math.exp(-Math.abs(t));
        double acc = 0;
        if (t > 0) {
            for (double v : m) {
                acc = acc * r + v;
            }
            return t * (m.length - 1) + Math.log(acc) + 1e-9;
        }
        for (int i = m.length - 1; i >= 0; i--) {
            acc = acc * r + m[i];
        }
        return Math.log(acc) + 1e-9;
    }
}
