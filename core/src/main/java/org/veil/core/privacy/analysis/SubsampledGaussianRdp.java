package org.veil.core.privacy.analysis;

/**
 * Renyi differential privacy of the Poisson-subsampled Gaussian mechanism with sensitivity 1,
 * noise multiplier sigma and sampling rate q, for the add/remove-one relation
 * (Mironov, Talwar and Zhang 2019, "Renyi Differential Privacy of the Sampled Gaussian Mechanism",
 * arXiv:1908.10530). Stateless and thread-safe.
 *
 * <p>With mu0 = N(0, sigma^2), mu1 = N(1, sigma^2) and mu = (1-q) mu0 + q mu1, the RDP of order alpha is
 * {@code log(A_alpha) / (alpha - 1)} with {@code A_alpha = E_{z~mu0}[(mu(z)/mu0(z))^alpha]} (MTZ19, section 3,
 * Theorem 4 shows this direction dominates the reverse one). A_alpha is computed exactly:
 * <ul>
 *   <li>integer alpha: the finite binomial expansion (MTZ19 section 3.3, first formula);</li>
 *   <li>fractional alpha: the integral split at z0 = sigma^2 log(1/q - 1) + 1/2 and both halves expanded in
 *       convergent binomial series with their true, alternating signs (MTZ19 section 3.3, A_alpha = A0 + A1).
 *       Summing absolute values instead would give a looser, larger bound.</li>
 * </ul>
 * For i &gt; alpha the generalised binomial coefficients alternate in sign and shrink in magnitude, and
 * the rest of each term, exp((i^2-i)/(2 sigma^2)) (q/(1-q))^i erfc((i-z0)/(sqrt 2 sigma)), equals
 * exp(-z0^2/(2 sigma^2)) erfcx((i-z0)/(sqrt 2 sigma)) with the strictly decreasing scaled erfc (A1's terms
 * likewise), so both tails are alternating series with decreasing terms.
 * All sums run in log space ({@link LogSpace}); the alternating tail is truncated once both series'
 * terms fall below 1e-10 of log A_alpha (the remainder of an alternating series with decreasing
 * terms is below its first omitted term). The result is <em>rounded up</em> by a bound on its
 * floating-point error ({@link RoundedUpLogSum}), so it is never below the exact RDP: near order 1 with
 * small q, A_alpha - 1 is ~1e-11 while the terms are O(1), and plain double arithmetic would otherwise
 * land a few parts in 10^6 on either side of the truth.
 */
public final class SubsampledGaussianRdp {
    /**
     * Terms below this fraction of log A (which is ~A - 1 when A is near 1, the quantity the RDP is made of)
     * end the fractional series; the remainder is counted in the error bound, so it can only round up.
     */
    private static final double LOG_TERM_TOLERANCE = Math.log(1e-10);
    private static final int MAX_SERIES_TERMS = 10_000_000;
    private static final double SQRT2 = Math.sqrt(2.0);
    /** {@link Erfc} is accurate to 1e-14 relative (ErfcTest); twice that leaves a margin. */
    private static final double ERFC_RELATIVE_ERROR = 2e-14;

    private SubsampledGaussianRdp() {
    }

    /**
     * The RDP epsilon(alpha) of one application.
     *
     * @param sampleRate      q in (0, 1]
     * @param noiseMultiplier sigma &gt; 0
     * @param order           alpha &gt; 1
     */
    public static double rdp(double sampleRate, double noiseMultiplier, double order) {
        check(sampleRate, noiseMultiplier, order);
        if (sampleRate == 1.0) {
            return order / (2 * noiseMultiplier * noiseMultiplier); // Mironov 2017, Proposition 7
        }
        double logA = isInteger(order)
                ? logAInteger(sampleRate, noiseMultiplier, (long) order)
                : logAFractional(sampleRate, noiseMultiplier, order);
        return Math.max(0.0, logA / (order - 1)); // MTZ19 section 3, definition of the RDP via A_alpha
    }

    /** log A_alpha for integer alpha (MTZ19 section 3.3): sum_k C(a,k) (1-q)^(a-k) q^k exp((k^2-k)/(2 sigma^2)). */
    static double logAInteger(double q, double sigma, long alpha) {
        double logQ = Math.log(q);
        double log1mQ = Math.log1p(-q);
        RoundedUpLogSum a = new RoundedUpLogSum();
        double[] constants = {logQ, log1mQ, sigma};
        double logBinom = 0; // log C(alpha, 0)
        double logBinomError = 0; // accumulated magnitude of the recurrence's logs, for the error bound
        for (long k = 0; k <= alpha; k++) {
            if (k > 0) {
                double logNum = Math.log((double) (alpha - k + 1));
                double logDen = Math.log((double) k);
                logBinom += logNum - logDen; // C(a,k) = C(a,k-1)(a-k+1)/k
                logBinomError += logNum + logDen + Math.abs(logBinom);
            }
            addIntegerTerm(a, k, alpha, logBinom, logBinomError, constants);
        }
        return a.logRoundedUp();
    }

    /**
     * One term of the integer-order sum. A separate small method on purpose: the JIT compiles it after a
     * few hundred calls, whereas a long loop body stays interpreted for tens of thousands of iterations,
     * which made a cold {@code veil accountant} call several times slower.
     */
    private static void addIntegerTerm(RoundedUpLogSum a, long k, long alpha, double logBinom, double logBinomError,
            double[] constants) {
        double logQ = constants[0];
        double log1mQ = constants[1];
        double sigma = constants[2];
        double expPart = (k * (double) k - k) / (2 * sigma * sigma);
        double term = logBinom + k * logQ + (alpha - k) * log1mQ + expPart; // MTZ19 section 3.3, integer alpha
        a.add(true, term, RoundedUpLogSum.termRelativeError(
                logBinomError + Math.abs(k * logQ) + Math.abs((alpha - k) * log1mQ) + expPart, 0));
    }

    /** log A_alpha for fractional alpha, A0 + A1 of MTZ19 section 3.3, with signed binomial coefficients. */
    static double logAFractional(double q, double sigma, double alpha) {
        double logQ = Math.log(q);
        double log1mQ = Math.log1p(-q);
        double z0 = sigma * sigma * (Math.log(1 / q - 1)) + 0.5; // MTZ19 section 3.3: where (1-q) mu0 = q mu1
        RoundedUpLogSum a = new RoundedUpLogSum();
        double logAbsBinom = 0; // log |C(alpha, 0)|
        double logBinomError = 0;
        boolean positive = true;
        for (int i = 0; i < MAX_SERIES_TERMS; i++) {
            if (i > 0) {
                double factor = (alpha - i + 1) / i; // generalised binomial: C(a,i) = C(a,i-1)(a-i+1)/i
                logAbsBinom += Math.log(Math.abs(factor));
                logBinomError += Math.abs(Math.log(Math.abs(factor))) + Math.abs(logAbsBinom) + 1;
                positive = positive == (factor > 0);
            }
            double j = alpha - i;
            // A0 term: C(a,i) q^i (1-q)^(a-i) exp((i^2-i)/(2 sigma^2)) * P(N(i, sigma^2) <= z0)
            double s0 = logAbsBinom + i * logQ + j * log1mQ + (i * (double) i - i) / (2 * sigma * sigma)
                    + Math.log(0.5) + Erfc.logErfc((i - z0) / (SQRT2 * sigma));
            // A1 term: C(a,i) q^(a-i) (1-q)^i exp((j^2-j)/(2 sigma^2)) * P(N(j, sigma^2) > z0), j = a - i
            double s1 = logAbsBinom + j * logQ + i * log1mQ + (j * j - j) / (2 * sigma * sigma)
                    + Math.log(0.5) + Erfc.logErfc((z0 - j) / (SQRT2 * sigma));
            double magnitude = logBinomError + Math.abs(i * logQ) + Math.abs(j * log1mQ) + Math.abs(j * logQ)
                    + Math.abs(i * log1mQ) + (i * (double) i + j * j + Math.abs(i) + Math.abs(j)) / (2 * sigma * sigma)
                    + Math.abs(z0) + i + Math.abs(j);
            double termError = RoundedUpLogSum.termRelativeError(magnitude, ERFC_RELATIVE_ERROR);
            a.add(positive, s0, termError);
            a.add(positive, s1, termError);
            if (i > alpha && Math.max(s0, s1) < Math.log(Math.max(a.log(), 1e-300)) + LOG_TERM_TOLERANCE) {
                // alternating tail with decreasing terms: the remainder is below the next term, itself below
                // this one; count it as error so the result stays an upper bound
                a.add(true, Math.max(s0, s1) + Math.log(2), 0);
                return a.logRoundedUp();
            }
        }
        throw new ArithmeticException("RDP series did not converge for q=" + q + ", sigma=" + sigma + ", order="
                + alpha);
    }

    static boolean isInteger(double order) {
        return order == Math.rint(order) && order < Long.MAX_VALUE;
    }

    private static void check(double q, double sigma, double order) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("sampleRate=" + q + ", allowed: (0, 1]");
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("noiseMultiplier=" + sigma + ", allowed: > 0 and finite");
        }
        if (!(order > 1) || Double.isInfinite(order)) {
            throw new IllegalArgumentException("order=" + order + ", allowed: > 1 and finite");
        }
    }
}
