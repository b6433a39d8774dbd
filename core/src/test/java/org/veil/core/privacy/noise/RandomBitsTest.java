package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Samplers loop until acceptance: a broken one may never return, hence the timeout. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RandomBitsTest {

    /** A scripted word stream: the words given, then a failure if more are asked for. */
    private static RandomBits words(long... script) {
        int[] next = {0};
        return () -> script[next[0]++];
    }

    /** floor(p * 2^64) as an unsigned long, computed exactly with BigDecimal (independent oracle). */
    private static long firstWord(double p) {
        BigInteger scaled = new BigDecimal(p).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64))).toBigInteger();
        return scaled.longValue();
    }

    @Test
    void bernoulliComparesTheFirstWordExactly() {
        for (double p : new double[] {0.5, 0.75, 1.0 / 3, 0.1, Math.exp(-1), 1e-5}) {
            long word = firstWord(p);
            assertTrue(words(word - 1).bernoulli(p), "p=" + p + ": word just below floor(p 2^64)");
            assertFalse(words(word + 1).bernoulli(p), "p=" + p + ": word just above");
            assertFalse(words(-1L).bernoulli(p), "p=" + p + ": all-ones word");
            assertTrue(words(0L, 0L).bernoulli(p), "p=" + p + ": all-zero word");
        }
    }

    @Test
    void bernoulliOnATieReadsTheNextWordOfTheExpansion() {
        // The double nearest 1/3 ends 54 bits after the binary point, so its first 64 bits are all of
        // it: a tie on that word means U >= p and the coin is false without reading another word.
        double third = 1.0 / 3;
        assertFalse(words(firstWord(third), 0L).bernoulli(third));
        // p = 2^-70: first word 0, second word 2^58; U < p iff the second word is below 2^58.
        double tiny = 0x1p-70;
        assertTrue(words(0L, (1L << 58) - 1).bernoulli(tiny));
        assertFalse(words(0L, 1L << 58).bernoulli(tiny));
        assertFalse(words(1L).bernoulli(tiny));
        // p = 0.5: a tie on the first word means U >= 1/2.
        assertFalse(words(Long.MIN_VALUE).bernoulli(0.5));
    }

    @Test
    void bernoulliEdgeProbabilitiesNeedNoWords() {
        assertTrue(words().bernoulli(1.0));
        assertFalse(words().bernoulli(0.0));
    }

    @Test
    void bernoulliFrequencyMatchesP() {
        SplittableRandom random = new SplittableRandom(20240601L);
        RandomBits bits = random::nextLong;
        for (double p : new double[] {0.3, 0.001, 0.999}) {
            int n = 200_000;
            int hits = 0;
            for (int i = 0; i < n; i++) {
                hits += bits.bernoulli(p) ? 1 : 0;
            }
            double pValue = new BinomialTest().binomialTest(n, hits, p, AlternativeHypothesis.TWO_SIDED);
            assertTrue(pValue > PmfAssertions.MIN_P_VALUE, "p=" + p + " hits=" + hits + " p-value=" + pValue);
        }
    }

    @Test
    void uniformBelowIsTheHighWordOfTheProductExceptInTheRejectedSliver() {
        // Oracle with BigInteger: result floor(w * bound / 2^64), rejected iff (w * bound mod 2^64) < 2^64 mod bound.
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        SplittableRandom random = new SplittableRandom(17L);
        long[] bounds = {1, 2, 3, 5, 7, 1000, (1L << 40) + 1, 3L * (1L << 40) + 7, 1L << 53, (1L << 54) - 3};
        for (long bound : bounds) {
            BigInteger b = BigInteger.valueOf(bound);
            BigInteger threshold = two64.mod(b);
            for (int i = 0; i < 2000; i++) {
                long w = random.nextLong();
                BigInteger product = new BigInteger(Long.toUnsignedString(w)).multiply(b);
                boolean rejected = product.mod(two64).compareTo(threshold) < 0;
                long expected = product.shiftRight(64).longValueExact();
                long fallback = random.nextLong() >>> 1;
                long got = words(w, fallback).uniformBelow(bound);
                if (!rejected) {
                    assertEquals(expected, got, "bound=" + bound + " word=" + Long.toUnsignedString(w));
                }
            }
        }
        // bound 5: 2^64 mod 5 = 1, so the word 0 (low product 0) is rejected and the next one used.
        assertEquals(4, words(0L, -1L).uniformBelow(5));
        assertEquals(0, words(1L).uniformBelow(5));
        assertThrows(IllegalArgumentException.class, () -> words().uniformBelow(0));
    }

    @Test
    void uniformBelowIsUniform() {
        SplittableRandom random = new SplittableRandom(7L);
        RandomBits bits = random::nextLong;
        for (int bound : new int[] {2, 7, 100}) {
            long[] counts = new long[bound];
            int n = 1000 * bound;
            for (int i = 0; i < n; i++) {
                counts[(int) bits.uniformBelow(bound)]++;
            }
            double[] expected = new double[bound];
            Arrays.fill(expected, (double) n / bound);
            assertTrue(new ChiSquareTest().chiSquareTest(expected, counts) > PmfAssertions.MIN_P_VALUE, "bound=" + bound);
        }
    }
}
