package org.veil.evaluate.audit;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * The ε lower bound of the one-run privacy audit (Steinke, Nasr and Jagielski 2023, "Privacy
 * Auditing with One (1) Training Run", NeurIPS 2023; arXiv:2305.08846).
 *
 * <p>Setting (section 3): m canaries, each included in training independently with probability ½
 * (S ∈ {−1, 1}^m uniform); after one training run the auditor makes r guesses T_i ∈ {−1, 1} and
 * abstains on the other m − r canaries; W = #{i : T_i = S_i} is the number of correct guesses.
 * Theorem 3.1: if training is (ε, δ)-DP then for every v
 * <pre>
 *   P[W ≥ v] ≤ f(v) + 2mδ · max_{i ∈ {1..m}} (f(v − i) − f(v)) / i,   f(v) = P[Binomial(r, e^ε/(e^ε + 1)) ≥ v].
 * </pre>
 * The right-hand side is the p-value of v correct guesses under the hypothesis "training is
 * (ε, δ)-DP" ({@link #pValue}); the δ term is the extra "bad event" mass of approximate DP
 * (in the proof of Theorem 3.1, a failure event of total probability ≤ 2mδ, spread over the i guesses
 * it can turn). The reported lower bound is the largest ε that v correct
 * guesses reject at level β = 1 − confidence ({@link #epsilonLowerBound}), found as in the paper's
 * Appendix D procedure ({@code get_eps_audit}): bracket, then bisection.
 *
 * <p>Meaning: with probability ≥ confidence over the canary coins, training is <em>not</em>
 * (ε_lb, δ)-DP, and hence not (ε, δ)-DP for any ε ≤ ε_lb (a smaller ε is a stronger claim). It is a
 * lower bound only: a small value says this attack found little, not that training is private.
 *
 * <p>Numerics: f(v) = I_q(v, r − v + 1) (the regularised incomplete beta function; Abramowitz and
 * Stegun 1964, 26.5.24) from Commons Math, so the tail has relative, not only absolute, accuracy;
 * binomial point masses from Commons Math's {@link BinomialDistribution} (Loader's saddle-point
 * expansion). Stateless and thread-safe; no randomness.
 */
public final class OneRunBound {
    /** The bisection stops when the bracket is at most this wide (ε units). */
    static final double TOLERANCE = 1e-10;
    /** No ε above this is searched: far beyond any ε a finite m can certify. */
    static final double EPSILON_CAP = 1024;

    private OneRunBound() {
    }

    /**
     * The p-value of v correct guesses out of r under the hypothesis "(ε, δ)-DP": the right-hand side
     * of Theorem 3.1, capped at 1 (Appendix D, {@code p_value_DP_audit}).
     *
     * @param m       canaries, ≥ 1
     * @param r       guesses made (not abstentions), in [0, m]
     * @param v       correct guesses, in [0, r]
     * @param epsilon ε of the hypothesis, ≥ 0 and finite
     * @param delta   δ of the hypothesis, in [0, 1)
     */
    public static double pValue(int m, int r, int v, double epsilon, double delta) {
        checkCounts(m, r, v);
        checkDelta(delta);
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon=" + epsilon + ", allowed: [0, Infinity)");
        }
        return pValueUnchecked(m, r, v, epsilon, delta);
    }

    /**
     * The largest ε (to within {@link #TOLERANCE}, rounded down) such that v correct guesses out of r
     * reject "(ε, δ)-DP" at level β = 1 − confidence; 0 when even ε = 0 is not rejected (in particular
     * whenever v ≤ r/2).
     *
     * @param m          canaries, ≥ 1
     * @param r          guesses made, in [0, m]
     * @param v          correct guesses, in [0, r]
     * @param delta      δ of the claim being tested, in [0, 1)
     * @param confidence 1 − β, in (0, 1); e.g. 0.95
     */
    public static double epsilonLowerBound(int m, int r, int v, double delta, double confidence) {
        checkCounts(m, r, v);
        checkDelta(delta);
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence=" + confidence + ", allowed: (0, 1)");
        }
        double beta = 1 - confidence;
        // Appendix D, get_eps_audit: invariant p(lo) < β ("lo rejected"), p(hi) ≥ β ("hi not rejected").
        if (pValueUnchecked(m, r, v, 0, delta) >= beta) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        while (pValueUnchecked(m, r, v, hi, delta) < beta) {
            lo = hi;
            hi = 2 * hi;
            if (hi > EPSILON_CAP) {
                throw new IllegalStateException("no epsilon <= " + EPSILON_CAP + " escapes rejection for m=" + m
                        + ", r=" + r + ", v=" + v + ", delta=" + delta + ": numerical failure");
            }
        }
        while (hi - lo > TOLERANCE) {
            double mid = 0.5 * (lo + hi);
            if (pValueUnchecked(m, r, v, mid, delta) < beta) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // The low end: its rejection is what the invariant guarantees (Appendix D returns eps_min too).
        return lo;
    }

    private static double pValueUnchecked(int m, int r, int v, double epsilon, double delta) {
        // Section 3: q = e^ε/(e^ε + 1), the accuracy of ε-DP randomised response.
        double q = 1 / (1 + Math.exp(-epsilon));
        double tail = upperTail(r, v, q);
        if (delta == 0 || v == 0) {
            return Math.min(tail, 1);
        }
        // Theorem 3.1's δ term: max_i (f(v − i) − f(v))/i with f(v − i) − f(v) = P[v − i ≤ W' ≤ v − 1].
        // i > v adds nothing: f(v − i) = 1 there, so the ratio (1 − f(v))/i is largest at i = v
        // (Appendix D's loop also stops at v).
        BinomialDistribution w = new BinomialDistribution(null, r, q);
        double mass = 0;
        double alpha = 0;
        for (int i = 1; i <= v; i++) {
            mass += w.probability(v - i);
            alpha = Math.max(alpha, mass / i);
        }
        // Theorem 3.1: p = f(v) + 2mδ · α.
        return Math.min(tail + 2.0 * m * delta * alpha, 1);
    }

    /** f(v) = P[Binomial(r, q) ≥ v] = I_q(v, r − v + 1) (Abramowitz and Stegun 1964, 26.5.24). */
    static double upperTail(int r, int v, double q) {
        if (v <= 0) {
            return 1;
        }
        if (q >= 1) {
            return 1;
        }
        return Beta.regularizedBeta(q, v, r - v + 1.0);
    }

    private static void checkCounts(int m, int r, int v) {
        if (m < 1) {
            throw new IllegalArgumentException("m=" + m + ", allowed: >= 1 canary");
        }
        if (r < 0 || r > m || v < 0 || v > r) {
            throw new IllegalArgumentException("m=" + m + ", r=" + r + ", v=" + v
                    + ", allowed: 0 <= v (correct) <= r (guesses) <= m (canaries)");
        }
    }

    private static void checkDelta(double delta) {
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: [0, 1)");
        }
    }
}
