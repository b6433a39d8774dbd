package org.veil.core.privacy.noise;

/**
 * Exact sampler of the discrete Laplace distribution {@code P(z) ∝ exp(-|z| s / t)} on the integers,
 * with integer parameters {@code s, t >= 1} (scale {@code t / s}): Canonne, Kamath and Steinke,
 * "The Discrete Gaussian for Differential Privacy", NeurIPS 2020, Algorithm 2.
 *
 * <p>Integer arithmetic is exact and overflow-checked; the coins are those of {@link BernoulliExp}.
 * Immutable and thread-safe; the randomness comes from the {@link RandomBits} passed to
 * {@link #sample}.
 */
final class DiscreteLaplaceSampler {

    /** Largest t accepted: keeps U and t * V well inside a long and U / t a faithful double. */
    static final long MAX_T = 1L << 53;

    private final long s;
    private final long t;

    DiscreteLaplaceSampler(long s, long t) {
        if (s < 1) {
            throw new IllegalArgumentException("s=" + s + ", allowed: >= 1");
        }
        if (t < 1 || t > MAX_T) {
            throw new IllegalArgumentException("t=" + t + ", allowed: [1, 2^53]");
        }
        this.s = s;
        this.t = t;
    }

    /**
     * The sampler for scale {@code lambda}, written exactly as {@code t / s} with {@code s} a power
     * of two (every double is a dyadic rational).
     */
    static DiscreteLaplaceSampler ofScale(double lambda) {
        if (!(lambda >= 1) || lambda >= 0x1p52) {
            throw new IllegalArgumentException("lambda=" + lambda + ", allowed: [1, 2^52)");
        }
        int k = 0;
        // lambda >= 1 has ulp >= 2^-52, so lambda * 2^k is an integer for some k <= 52.
        while (Math.scalb(lambda, k) != Math.rint(Math.scalb(lambda, k))) {
            k++;
        }
        return new DiscreteLaplaceSampler(1L << k, (long) Math.scalb(lambda, k));
    }

    long s() {
        return s;
    }

    long t() {
        return t;
    }

    /** One draw Z with P(Z = z) = (1 - e^(-s/t)) / (1 + e^(-s/t)) * e^(-|z| s / t). */
    long sample(RandomBits bits) {
        while (true) {
            // CKS Algorithm 2 draws U uniform below t and, later, an independent fair sign B; one
            // uniform draw below 2t yields both (its lowest bit is B), with the same joint law.
            long uAndSign = bits.uniformBelow(2 * t);
            long u = uAndSign >>> 1;
            // CKS Algorithm 2: keep U with probability exp(-U/t), so (U | kept) has P(u) ∝ exp(-u/t).
            if (!BernoulliExp.sampleAtMostOne(bits, (double) u / t)) {
                continue;
            }
            // CKS Algorithm 2: V ~ Geometric(1 - exp(-1)), the successes of Bernoulli(exp(-1)) coins
            // before the first failure; ExpMinusOnePowers draws that count with the same law from one word.
            long v = ExpMinusOnePowers.geometric(bits);
            // CKS Algorithm 2: X = U + t V is Geometric(1 - exp(-1/t)); overflow would need V > 2^10.
            long x = Math.addExact(u, Math.multiplyExact(t, v));
            // CKS Algorithm 2: Y = floor(X / s) is Geometric(1 - exp(-s/t)).
            long y = x / s;
            boolean negative = (uAndSign & 1L) == 1L;
            // CKS Algorithm 2: reject (B = 1, Y = 0) so that zero is not counted twice.
            if (negative && y == 0) {
                continue;
            }
            return negative ? -y : y;
        }
    }
}
