package org.veil.core.privacy.analysis.pld;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The exponential tilt and the FFT window of a composition, from Chernoff bounds on the discretised PMFs:
 * P(S &gt;= u) &lt;= exp(Lambda(mu) - mu u) for mu &gt; 0, with Lambda(mu) = sum_e n_e log E[e^{mu K_e}] the cumulant
 * generating function of the sum (grid indices K_e of one step; Koskela, Jalko and Honkela 2020, section 4;
 * dp_accounting's PLD supplement, eq. 5). Any mu gives a valid bound; golden-section searches in log mu find good
 * ones (each bound is unimodal in mu: (g(mu) + c)/mu with g convex). The bound used at each mu is the larger
 * of the pessimistic and the optimistic PMFs', valid for both.
 *
 * <p>Tilt: the composition is computed for the PMFs multiplied by e^{lambda k} (exponential tilting; the
 * convolution of tilted PMFs is the tilted convolution), with lambda the Chernoff-optimal exponent for the
 * tail at delta, which is the saddle point where the terms of delta(eps) lie. Rounding errors of the FFT are
 * then relative to the tail that delta sums rather than to the bulk of the distribution.
 *
 * <p>Window [lo, lo + n): mass of the true composition above it wraps onto slot s - m n and is multiplied by
 * e^{lambda m n} &lt;= e^{lambda (s - lo)} when the tilt is undone, so the top must satisfy
 * e^{-lambda lo} E[e^{lambda S}; S &gt; top] &lt;= e^{Lambda(mu) - (mu - lambda) top - lambda lo} &lt;= budget for some
 * mu &gt; lambda; mass below lo wraps onto s + m n and is multiplied by e^{-lambda m n} &lt;= e^{-lambda n}, so
 * e^{-lambda n} P(S &lt; lo) &lt;= budget. Only losses above epsilon &gt;= 0 enter delta, so lo need not go below the
 * index of loss 0 unless the lower condition asks for it.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
final class TailWindow {
    /** Search range of the exponent per unit of privacy loss. */
    private static final double LAMBDA_MIN = 1e-4;
    private static final double LAMBDA_MAX = 1e5;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    /** 0.618^14 of the log-range (23 nats): the exponent within 3% of the search's optimum. */
    private static final int SEARCH_STEPS = 14;
    /** The largest ratio, as a logarithm, that the tilt may put between the window's two ends. */
    private static final double MAX_TILT = 500;

    /**
     * The chosen tilt (per grid step) and window: grid indices [lo, lo + n), n a power of two, of which the
     * first {@code points} are needed.
     */
    record Plan(double lambda, long lo, int n, long points) {
    }

    private TailWindow() {
    }

    /** The untilted window: both tails of the composition below {@code budget}. */
    static Plan untilted(List<Term> terms, double budget, int maxGrid) {
        long[] support = support(terms);
        double h = terms.get(0).pessimistic().interval();
        double logBudget = Math.log(budget);
        long lowest = Math.max(support[0], (long) Math.floor(lower(terms, h, logBudget)) - 1);
        long highest = Math.min(support[1], (long) Math.ceil(upper(terms, h, 0, lowest, logBudget)) + 1);
        int n = powerOfTwoAtLeast(highest - lowest + 1);
        if (n > maxGrid) {
            throw new DirectionAnalysis.GridTooLarge(highest - lowest + 1);
        }
        return new Plan(0, lowest, n, highest - lowest + 1);
    }

    /**
     * The tilt for the tail at {@code delta} and the smallest window (n a power of two, at least a quarter of the
     * untilted window's, at most maxGrid) that keeps each side's wrapped mass below {@code budget}, starting no higher than grid index
     * {@code floor} (a loss believed to be below epsilon).
     *
     * @throws DirectionAnalysis.GridTooLarge when no window of at most maxGrid points will do
     */
    static Plan tilted(List<Term> terms, double budget, double delta, long floor, Plan untilted, int maxGrid) {
        int from = untilted.n();
        long untiltedTop = untilted.lo() + untilted.points() - 1;
        long[] support = support(terms);
        double h = terms.get(0).pessimistic().interval();
        double logBudget = Math.log(budget);
        // argmin over lambda of (Lambda(lambda) - log delta)/lambda: the Chernoff estimate of eps(delta)
        double lambda = minimise(h, 0, l -> (logMgf(terms, l) - Math.log(delta)) / l)[1];
        long floorIndex = Math.max(support[0], Math.min(floor, support[1]));
        // no steeper than e^{MAX_TILT} across [floor, top of the untilted window]: the tilted values that matter
        // must stay within double range (beyond that top lies mass below the budget)
        lambda = Math.min(lambda, MAX_TILT / (Math.max(untiltedTop, floorIndex) - floorIndex + 1.0));
        for (long n = Math.max(2, from / 4); n <= maxGrid; n <<= 1) {
            // lo as high as the lower condition allows: its budget is relaxed by the attenuation e^{lambda n}
            double relaxed = logBudget + lambda * n;
            long lo = relaxed >= 0 ? floorIndex
                    : Math.min(floorIndex, Math.max(support[0], (long) Math.floor(lower(terms, h, relaxed)) - 1));
            long top = Math.min(support[1], (long) Math.ceil(upper(terms, h, lambda, lo, logBudget)) + 1);
            if (top - lo + 1 <= n) {
                return new Plan(lambda, lo, (int) n, top - lo + 1);
            }
        }
        throw new DirectionAnalysis.GridTooLarge((long) maxGrid + 1);
    }

    private static int powerOfTwoAtLeast(long points) {
        long n = 2;
        while (n < points) {
            n <<= 1;
        }
        return n > (1 << 30) ? Integer.MAX_VALUE : (int) n;
    }

    /** {min, max} grid index of the composition's support. */
    private static long[] support(List<Term> terms) {
        long bottom = 0;
        long top = 0;
        for (Term t : terms) {
            if (t.pessimistic().offset() != t.optimistic().offset() || t.pessimistic().size() != t.optimistic().size()) {
                throw new IllegalArgumentException("pessimistic and optimistic PMFs must share their grid range");
            }
            bottom = Math.addExact(bottom, Math.multiplyExact(t.count(), t.pessimistic().offset()));
            top = Math.addExact(top, Math.multiplyExact(t.count(), t.pessimistic().top()));
        }
        return new long[] {bottom, top};
    }

    /** The smallest top with e^{-lambda lo} E[e^{lambda S}; S &gt; top] &lt;= e^{logBudget}: min over mu &gt; lambda. */
    private static double upper(List<Term> terms, double h, double lambda, long lo, double logBudget) {
        return minimise(h, lambda, mu -> (logMgf(terms, mu) - lambda * lo - logBudget) / (mu - lambda))[0];
    }

    /** The largest lo with P(S &lt; lo) &lt;= e^{logBudget}: max over mu &gt; 0 of -(Lambda(-mu) - logBudget)/mu. */
    private static double lower(List<Term> terms, double h, double logBudget) {
        return -minimise(h, 0, mu -> (logMgf(terms, -mu) - logBudget) / mu)[0];
    }

    /** max over the two discretisations of sum_e n_e log E[e^{lambda K_e}]. */
    static double logMgf(List<Term> terms, double lambda) {
        double pessimistic = 0;
        double optimistic = 0;
        double[] both = new double[2];
        for (Term t : terms) {
            logMgf(t, lambda, both);
            pessimistic += t.count() * both[0];
            optimistic += t.count() * both[1];
        }
        return Math.max(pessimistic, optimistic);
    }

    /**
     * log sum_j p_j e^{lambda k_j} of both PMFs of a term in one pass ({pessimistic, optimistic}), with weights
     * relative to the first index with mass seen from the end that lambda favours (e^{-|lambda|} per step away
     * from it), so that nothing overflows and the sum cannot underflow to zero.
     */
    static void logMgf(Term term, double lambda, double[] out) {
        double[] p = term.pessimistic().masses();
        double[] o = term.optimistic().masses();
        int len = p.length;
        boolean up = lambda > 0;
        int start = 0; // steps from the favoured end to the first mass
        while (start < len - 1 && !(p[up ? len - 1 - start : start] > 0) && !(o[up ? len - 1 - start : start] > 0)) {
            start++;
        }
        double r = Math.exp(-Math.abs(lambda));
        double r2 = r * r;
        double w0 = 1; // two interleaved geometric weights: a shorter chain of dependent multiplications
        double w1 = r;
        double p0 = 0;
        double p1 = 0;
        double o0 = 0;
        double o1 = 0;
        int i = start;
        for (; i + 1 < len; i += 2) {
            int j0 = up ? len - 1 - i : i;
            int j1 = up ? j0 - 1 : j0 + 1;
            p0 += w0 * p[j0];
            o0 += w0 * o[j0];
            p1 += w1 * p[j1];
            o1 += w1 * o[j1];
            w0 *= r2;
            w1 *= r2;
        }
        if (i < len) {
            int j = up ? len - 1 - i : i;
            p0 += w0 * p[j];
            o0 += w0 * o[j];
        }
        long reference = up ? term.pessimistic().top() - start : term.pessimistic().offset() + start;
        out[0] = lambda * reference + Math.log(p0 + p1);
        out[1] = lambda * reference + Math.log(o0 + o1);
    }

    /**
     * Golden-section search of a unimodal function of mu = from + x per grid step, x in h * [LAMBDA_MIN,
     * LAMBDA_MAX], in log x: {smallest value seen, the mu that gave it}.
     */
    private static double[] minimise(double h, double from, DoubleUnaryOperator f) {
        double a = Math.log(LAMBDA_MIN * h);
        double b = Math.log(LAMBDA_MAX * h);
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = f.applyAsDouble(from + Math.exp(c));
        double fd = f.applyAsDouble(from + Math.exp(d));
        double[] best = fc <= fd ? new double[] {fc, from + Math.exp(c)} : new double[] {fd, from + Math.exp(d)};
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double x;
            double fx;
            if (fc <= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                x = c;
                fx = fc = f.applyAsDouble(from + Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                x = d;
                fx = fd = f.applyAsDouble(from + Math.exp(d));
            }
            if (fx < best[0]) {
                best[0] = fx;
                best[1] = from + Math.exp(x);
            }
        }
        return best;
    }
}
