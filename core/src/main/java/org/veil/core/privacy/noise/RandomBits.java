package org.veil.core.privacy.noise;

/**
 * A stream of uniformly random 64-bit words, and the two exact primitives the discrete samplers
 * build on: a Bernoulli coin whose probability is a given double, and a uniform integer below a
 * bound. Neither ever derives an integer from a floating-point logarithm or inverse CDF, so no
 * outcome loses its probability mass.
 *
 * <p>Implementations decide thread safety (see {@link WordBuffer}); the default methods add no
 * shared state.
 */
interface RandomBits {

    /** 64 uniformly random bits. */
    long nextLong();

    /**
     * A coin that is {@code true} with probability exactly {@code p} (the real number the double
     * denotes), for {@code p} in [0, 1]. It compares the binary expansion of a uniform real
     * {@code U} in [0, 1) with that of {@code p}, 64 bits at a time, and stops at the first word
     * that differs: {@code P(U < p) = p}. Expected words used: just over one.
     */
    default boolean bernoulli(double p) {
        if (p >= 1.0) {
            return true;
        }
        if (!(p > 0.0)) {
            return false;
        }
        // p < 1, so scaled < 2^64: its integer part is the first 64 bits of p's binary expansion.
        double scaled = p * 0x1p64;
        long word = leadingWord(scaled);
        long u = nextLong();
        if (u != word) {
            return Long.compareUnsigned(u, word) < 0;
        }
        return bernoulliAfterTie(scaled, word);
    }

    /**
     * The rest of {@link #bernoulli} after the first 64 bits of U equalled those of p (probability
     * 2^-64): compare the remaining expansion of p, given {@code scaled = p * 2^64} and its word.
     */
    private boolean bernoulliAfterTie(double scaled, long word) {
        // Exact: a double minus its integer part needs no more bits than the double had.
        double rest = scaled >= 0x1p52 ? 0.0 : scaled - (double) word;
        while (rest > 0.0) {
            double next = rest * 0x1p64;
            long nextWord = leadingWord(next);
            rest = next >= 0x1p52 ? 0.0 : next - (double) nextWord;
            long u = nextLong();
            if (u != nextWord) {
                return Long.compareUnsigned(u, nextWord) < 0;
            }
        }
        // All words of p matched; U has further (random) bits, so U >= p.
        return false;
    }

    /**
     * {@code floor(scaled)} as an unsigned 64-bit word, for {@code 0 <= scaled < 2^64}. From 2^52 up
     * a double is an integer; from 2^63 it does not fit a signed long, so 2^63 is subtracted exactly
     * and added back by wrapping.
     */
    private static long leadingWord(double scaled) {
        return scaled < 0x1p63 ? (long) scaled : (long) (scaled - 0x1p63) + Long.MIN_VALUE;
    }

    /**
     * A uniform integer in {@code {0, ..., bound - 1}}, exactly: Lemire's multiply-and-reject method
     * (Lemire, "Fast Random Integer Generation in an Interval", ACM TOMACS 29(1), 2019).
     * The 128-bit product {@code word * bound} is split as {@code high * 2^64 + low}; words whose
     * {@code low} falls below {@code 2^64 mod bound} are rejected, which leaves every result with
     * exactly {@code floor(2^64 / bound)} accepted words. Rejection probability below bound / 2^64.
     */
    default long uniformBelow(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound=" + bound + ", allowed: > 0");
        }
        long word = nextLong();
        long low = word * bound;
        if (Long.compareUnsigned(low, bound) < 0) {
            // Lemire 2019: threshold = 2^64 mod bound = (2^64 - bound) mod bound.
            long threshold = Long.remainderUnsigned(-bound, bound);
            while (Long.compareUnsigned(low, threshold) < 0) {
                word = nextLong();
                low = word * bound;
            }
        }
        return unsignedMultiplyHigh(word, bound);
    }

    /** The high 64 bits of the unsigned 128-bit product (Hacker's Delight, 2nd ed., section 8-3). */
    private static long unsignedMultiplyHigh(long x, long y) {
        // Signed high product corrected for the operands' sign bits read as 2^64 (Java 17 lacks the unsigned one).
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }
}
