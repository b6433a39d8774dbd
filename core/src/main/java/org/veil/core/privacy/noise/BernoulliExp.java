package org.veil.core.privacy.noise;

/**
 * Exact sampling of Bernoulli(exp(-gamma)) without evaluating the exponential: Canonne, Kamath and
 * Steinke, "The Discrete Gaussian for Differential Privacy", NeurIPS 2020, Algorithm 1.
 *
 * <p>The base coins Bernoulli(gamma / k) and Bernoulli(exp(-1)) are flipped with
 * {@link RandomBits#bernoulli(double)}, which is exact for the double it is given; the only
 * approximation is that {@code gamma / k} and the constant {@code exp(-1)} are doubles (relative
 * error at most 2^-53 per coin). Every outcome keeps positive probability.
 *
 * <p>Stateless and thread-safe; the randomness comes from the {@link RandomBits} passed in.
 */
final class BernoulliExp {

    /** exp(-1) rounded to the nearest double: the coin CKS Algorithm 1 repeats floor(gamma) times. */
    static final double EXP_MINUS_ONE = ExpMinusOnePowers.P;

    /** Below 2^52 a double minus an integer-valued double is exact, so rest and m below are exact. */
    private static final double EXACT_RANGE = 0x1p52;

    private BernoulliExp() {
    }

    /** True with probability exp(-gamma), for finite {@code gamma >= 0}. */
    static boolean sample(RandomBits bits, double gamma) {
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma=" + gamma + ", allowed: >= 0 and finite");
        }
        double rest = gamma;
        // CKS Algorithm 1, gamma > 1: exp(-gamma) = exp(-1)^floor(gamma) * exp(-(gamma - floor(gamma))).
        // The m coins of probability p = EXP_MINUS_ONE that CKS flip one by one (all must succeed)
        // are decided at once by a coin of probability exactly p^m (ExpMinusOnePowers). m and rest
        // are the same as those of the former loop "while (rest > 1) { coin; rest -= 1; }": each
        // subtraction there was exact, so it ended with rest = gamma - m, m = ceil(gamma) - 1.
        while (rest >= EXACT_RANGE) {
            // Unchanged one-coin loop where rest - 1 might round (exp(-gamma) < exp(-2^52) anyway).
            if (!bits.bernoulli(EXP_MINUS_ONE)) {
                return false;
            }
            rest -= 1.0;
        }
        while (rest > ExpMinusOnePowers.MAX_POWER) {
            if (!ExpMinusOnePowers.below(bits, ExpMinusOnePowers.MAX_POWER)) {
                return false;
            }
            rest -= ExpMinusOnePowers.MAX_POWER;
        }
        if (rest > 1.0) {
            long m = (long) Math.ceil(rest) - 1;
            if (!ExpMinusOnePowers.below(bits, (int) m)) {
                return false;
            }
            rest -= m;
        }
        return sampleAtMostOne(bits, rest);
    }

    /**
     * CKS Algorithm 1 for gamma in [0, 1]: flip Bernoulli(gamma / k) for k = 1, 2, ... until one fails;
     * the index K of the first failure is odd with probability exp(-gamma).
     */
    static boolean sampleAtMostOne(RandomBits bits, double gamma) {
        // CKS Algorithm 1: P(A_1 = ... = A_{k-1} = 1) = gamma^(k-1) / (k-1)!, so P(K odd) = exp(-gamma).
        if (!bits.bernoulli(gamma)) {
            return true;
        }
        long k = 2;
        while (bits.bernoulli(gamma / k)) {
            k++;
        }
        return (k & 1L) == 1L;
    }
}
