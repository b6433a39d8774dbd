package org.veil.core.privacy.analysis.pld;

/**
 * Hockey-stick divergence of a discrete privacy loss distribution and its inverse:
 * delta(eps) = c + sum_{l_j &gt; eps} p_j (1 - e^{eps - l_j}) with c the mass counted in full (the infinity mass
 * plus any truncation budget; Koskela, Jalko and Honkela 2020, eq. 3.3; Sommer, Meiser and Mohammadi 2019,
 * Theorem 5), and the smallest eps &gt;= 0 with delta(eps) &lt;= delta, solved exactly on the piece of the curve
 * where it lies: on [l_{j-1}, l_j), delta(eps) = c + A_j - e^eps B_j with A_j = sum_{i&gt;=j} p_i and
 * B_j = sum_{i&gt;=j} p_i e^{-l_i}.
 *
 * <p>Sums are compensated (Neumaier) and run from the top, where the answer lies, so losses below zero are never
 * visited; B is kept relative to a moving reference loss so that e^{-l} never overflows. Stateless and
 * thread-safe; no randomness.
 */
final class HockeyStick {
    private static final double RESCALE_ABOVE = 1e250;
    private static final int RESYNC = 1024;

    private HockeyStick() {
    }

    /** delta(eps) for masses p at losses shift + (lo + t) h, t = 0..; eps &gt;= 0. */
    static double delta(double[] p, long lo, double h, double shift, double counted, double eps) {
        Summation s = new Summation();
        s.add(counted);
        for (int t = p.length - 1; t >= 0; t--) {
            double l = shift + (lo + t) * h;
            if (l <= eps) {
                break;
            }
            s.add(-p[t] * Math.expm1(eps - l)); // p (1 - e^{eps - l})
        }
        return s.value();
    }

    /**
     * The smallest eps &gt;= 0 with delta(eps) &lt;= delta; +Infinity when {@code counted} &gt; delta already.
     * With {@code complete} false the mass below the first loss is real but unknown (a window that starts above
     * the bulk): an answer below the first grid point cannot be read off, and NaN says so.
     */
    static double epsilon(double[] p, long lo, double h, double shift, double counted, double delta,
            boolean complete) {
        if (counted > delta) {
            return Double.POSITIVE_INFINITY;
        }
        // A and B as Neumaier sums (value + compensation) in locals: this loop runs before the JIT has compiled
        // anything on a cold start, where calls cost most
        double a = 0;
        double ac = 0;
        double b = 0;
        double bc = 0;
        double reference = Double.NaN; // B is stored as sum p_i e^{reference - l_i}
        double factor = 1; // e^{reference - l}: stepped by e^h, recomputed exactly every RESYNC indices
        double step = Math.exp(h);
        for (int t = p.length - 1; t >= 0; t--) {
            double l = shift + (lo + t) * h;
            if (!Double.isNaN(reference)) {
                factor = (t & (RESYNC - 1)) == 0 ? Math.exp(reference - l) : factor * step;
            }
            if (p[t] > 0) {
                if (Double.isNaN(reference)) {
                    reference = l;
                    factor = 1;
                }
                if (factor > RESCALE_ABOVE) {
                    double scale = Math.exp(l - reference);
                    b = (b + bc) * scale;
                    bc = 0;
                    reference = l;
                    factor = 1;
                }
                double x = p[t];
                double sum = a + x;
                ac += Math.abs(a) >= x ? (a - sum) + x : (x - sum) + a; // Neumaier 1974
                a = sum;
                x = p[t] * factor;
                sum = b + x;
                bc += Math.abs(b) >= x ? (b - sum) + x : (x - sum) + b;
                b = sum;
            }
            double below = t > 0 || !complete ? shift + (lo + t - 1) * h : Double.NEGATIVE_INFINITY;
            // on [below, l): delta(eps) = counted + A - e^eps B, so e^eps = (counted + A - delta) / B; the answer is
            // on this piece when delta(below) > delta, i.e. excess > e^{below - reference} B = B / (factor e^h)
            double excess = counted + (a + ac) - delta;
            if (excess > 0 && !Double.isNaN(reference) && below >= 0 && excess * factor * step <= b + bc) {
                continue; // not on this piece (a multiplication instead of two logarithms per index)
            }
            if (excess > 0 && !Double.isNaN(reference)) {
                double eps = Math.log(excess) - Math.log(b + bc) + reference;
                if (eps >= below || below < 0) {
                    return Math.max(0, eps);
                }
            } else if (below < 0) {
                return 0;
            }
        }
        return complete ? 0 : Double.NaN;
    }
}
