package org.veil.core.privacy.noise;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact coins of probability {@code p^m}, where {@code p} is the double {@link #P} nearest
 * {@code exp(-1)}, decided with one random word instead of {@code m} coins of probability
 * {@code p}; and the geometric count of successes of such coins, also from (almost always) one word.
 * Both replace loops of CKS Algorithms 1 and 2 (Canonne, Kamath and Steinke, NeurIPS 2020) by
 * draws with the same law.
 *
 * <p><b>Why the law is unchanged.</b> {@code m} independent coins that are each true with probability
 * exactly {@code p} are all true with probability exactly {@code p^m}, a dyadic rational (p is a
 * double). {@link #below} is true with probability exactly {@code p^m}: it compares a uniform real
 * {@code U} in [0, 1) with {@code p^m}, reading U's binary expansion 64 bits at a time and stopping at
 * the first word that differs, like {@link RandomBits#bernoulli}; the expansion of {@code p^m} is
 * computed exactly with {@link BigDecimal} (the first word ahead of time, later words only after a
 * tie, probability 2^-64). For the geometric count V (successes of p-coins before the first failure)
 * {@code P(V >= v) = p^v}, so {@code V = #{v >= 1 : U < p^v}} for one uniform U has the same law; the
 * thresholds {@code floor(p^v 2^64)} for {@code v <= }{@link #TABLE} are far apart (ratio {@code p}),
 * so one word of U settles every comparison except, with probability 2^-64, one tie, which is
 * resolved exactly. If {@code U < p^TABLE} then {@code V >= TABLE}, and by memorylessness
 * {@code V - TABLE} is again such a geometric count, drawn afresh.
 *
 * <p>Stateless and thread-safe; the randomness comes from the {@link RandomBits} passed in.
 */
final class ExpMinusOnePowers {

    /** exp(-1) rounded to the nearest double: the coin of CKS Algorithms 1 and 2. */
    static final double P = Math.exp(-1.0);

    /** Largest power decided by one table lookup: p^40 * 2^64 is about 78, still far from 0. */
    static final int MAX_POWER = 40;

    /** Powers checked at once by {@link #geometric}: P(V >= 8) = p^8 is about 3.4e-4. */
    static final int TABLE = 8;

    private static final BigDecimal EXACT_P = new BigDecimal(P);
    private static final BigDecimal TWO_64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));

    /** FIRST[m] = floor(p^m * 2^64) as an unsigned word, m = 1..MAX_POWER (index 0 unused). */
    private static final long[] FIRST = new long[MAX_POWER + 1];

    /** FIRST[v] with the sign bit flipped, so signed comparison orders them as unsigned. */
    private static final long[] FLIPPED = new long[TABLE + 2];

    static {
        for (int m = 1; m <= MAX_POWER; m++) {
            FIRST[m] = scaled(m).toBigInteger().longValue();
        }
        for (int v = 1; v <= TABLE + 1; v++) {
            FLIPPED[v] = FIRST[v] ^ Long.MIN_VALUE;
        }
    }

    private ExpMinusOnePowers() {
    }

    /** p^m * 2^64, exactly (BigDecimal products of a double are exact). */
    private static BigDecimal scaled(int m) {
        return EXACT_P.pow(m).multiply(TWO_64);
    }

    /** True with probability exactly p^m, for 1 <= m <= {@link #MAX_POWER}: one word unless a tie. */
    static boolean below(RandomBits bits, int m) {
        long u = bits.nextLong();
        if (u != FIRST[m]) {
            return Long.compareUnsigned(u, FIRST[m]) < 0;
        }
        return belowAfterTie(bits, m);
    }

    /** True with probability exactly p^m for any m >= 0: independent blocks of at most MAX_POWER. */
    static boolean allOf(RandomBits bits, long m) {
        long rest = m;
        // p^m = p^MAX_POWER * ... * p^(m mod MAX_POWER); independent coins multiply.
        while (rest > MAX_POWER) {
            if (!below(bits, MAX_POWER)) {
                return false;
            }
            rest -= MAX_POWER;
        }
        return rest == 0 || below(bits, (int) rest);
    }

    /**
     * The number V of successes of independent Bernoulli(p) coins before the first failure
     * ({@code P(V = v) = p^v (1 - p)}), from one word with probability 1 - p^8 - 2^-64.
     */
    static long geometric(RandomBits bits) {
        long v = 0;
        while (true) {
            long u = bits.nextLong();
            for (int j = 1; j <= TABLE; j++) {
                long first = FIRST[j];
                // U > p^j for certain when u > floor(p^j 2^64); on equality compare further words.
                if (u != first ? Long.compareUnsigned(u, first) > 0 : !belowAfterTie(bits, j)) {
                    return v + j - 1;
                }
            }
            // U < p^TABLE: V >= TABLE, and V - TABLE has the same law (memoryless); draw it afresh.
            v += TABLE;
        }
    }

    /**
     * The comparison of U with p^m after U's first word equalled floor(p^m 2^64): compares the rest
     * of p^m's (finite) binary expansion with fresh words, exactly.
     */
    static boolean belowAfterTie(RandomBits bits, int m) {
        BigDecimal first = scaled(m);
        BigDecimal rest = first.subtract(new BigDecimal(first.toBigInteger()));
        while (rest.signum() > 0) {
            BigDecimal next = rest.multiply(TWO_64);
            BigInteger word = next.toBigInteger();
            rest = next.subtract(new BigDecimal(word));
            long u = bits.nextLong();
            if (u != word.longValue()) {
                return Long.compareUnsigned(u, word.longValue()) < 0;
            }
        }
        // Every bit of p^m matched; U has further random bits, so U >= p^m (U = p^m has probability 0).
        return false;
    }

    /** floor(p^m * 2^64), for tests. */
    static long firstWord(int m) {
        return FIRST[m];
    }
}
