package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Samplers loop until acceptance: a broken one may never return, hence the timeout. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExpMinusOnePowersTest {

    /** A scripted word stream: the words given, then a failure if more are asked for. */
    private static RandomBits words(long... script) {
        int[] next = {0};
        return () -> script[next[0]++];
    }

    /**
     * Independent oracle: the 64-bit words of p^m's binary expansion, p = Math.exp(-1) written as
     * mantissa * 2^exponent from its IEEE bits, the power taken with BigInteger.
     */
    private static long expansionWord(int m, int wordIndex) {
        long bits = Double.doubleToRawLongBits(Math.exp(-1.0));
        BigInteger mantissa = BigInteger.valueOf((bits & ((1L << 52) - 1)) | (1L << 52));
        int exponent = (int) ((bits >>> 52) & 0x7ff) - 1075;
        // p^m = mantissa^m * 2^(m * exponent); word k (k = 0, 1, ...) is floor(p^m 2^(64(k+1))) mod 2^64.
        int shift = m * exponent + 64 * (wordIndex + 1);
        BigInteger power = mantissa.pow(m);
        BigInteger scaled = shift >= 0 ? power.shiftLeft(shift) : power.shiftRight(-shift);
        return scaled.longValue();
    }

    @Test
    void firstWordsMatchTheExactExpansion() {
        for (int m = 1; m <= ExpMinusOnePowers.MAX_POWER; m++) {
            assertEquals(expansionWord(m, 0), ExpMinusOnePowers.firstWord(m), "m=" + m);
        }
        // floor(p 2^64) is the word RandomBits.bernoulli compares with for the same p.
        assertTrue(words(ExpMinusOnePowers.firstWord(1) - 1).bernoulli(ExpMinusOnePowers.P));
        assertFalse(words(ExpMinusOnePowers.firstWord(1) + 1).bernoulli(ExpMinusOnePowers.P));
    }

    @Test
    void aTieIsSettledByTheNextWordsOfTheExpansion() {
        // m >= 2: p^m has 54 m significant bits, so its second word is not zero.
        for (int m : new int[] {2, 3, 8, 40}) {
            long first = ExpMinusOnePowers.firstWord(m);
            long second = expansionWord(m, 1);
            assertTrue(ExpMinusOnePowers.below(words(first - 1), m), "m=" + m + " below the first word");
            assertFalse(ExpMinusOnePowers.below(words(first + 1), m), "m=" + m + " above the first word");
            assertTrue(ExpMinusOnePowers.below(words(first, second - 1), m), "m=" + m + " tie, then below");
            assertFalse(ExpMinusOnePowers.below(words(first, second + 1), m), "m=" + m + " tie, then above");
            if (m >= 3) {
                long third = expansionWord(m, 2);
                assertTrue(ExpMinusOnePowers.below(words(first, second, third - 1), m), "m=" + m + " two ties");
            }
        }
        // p^1 has 54 significant bits after the point: after a tie on its first word nothing is left, U >= p.
        assertFalse(ExpMinusOnePowers.below(words(ExpMinusOnePowers.firstWord(1)), 1));
    }

    @Test
    void geometricReadsOneWordAndHandlesTiesAndTheTail() {
        // u just below floor(p^3 2^64) but above floor(p^4 2^64): U in (p^4, p^3), so V = 3.
        assertEquals(3, ExpMinusOnePowers.geometric(words(ExpMinusOnePowers.firstWord(3) - 1)));
        assertEquals(0, ExpMinusOnePowers.geometric(words(-1L)));
        // A tie on floor(p^2 2^64) settled below p^2 by the second word: V = 2; settled above: V = 1.
        long first = ExpMinusOnePowers.firstWord(2);
        assertEquals(2, ExpMinusOnePowers.geometric(words(first, expansionWord(2, 1) - 1)));
        assertEquals(1, ExpMinusOnePowers.geometric(words(first, expansionWord(2, 1) + 1)));
        // U < p^8 means V >= 8; the rest is drawn afresh: 8 + 2.
        assertEquals(10, ExpMinusOnePowers.geometric(words(0L, ExpMinusOnePowers.firstWord(2) - 1)));
    }

    @Test
    void belowAndAllOfHaveProbabilityPToTheM() {
        SplittableRandom random = new SplittableRandom(99L);
        RandomBits bits = random::nextLong;
        int n = 200_000;
        for (int m : new int[] {1, 2, 5}) {
            int hits = 0;
            int blockHits = 0;
            for (int i = 0; i < n; i++) {
                hits += ExpMinusOnePowers.below(bits, m) ? 1 : 0;
                blockHits += ExpMinusOnePowers.allOf(bits, m) ? 1 : 0;
            }
            double p = Math.pow(ExpMinusOnePowers.P, m);
            BinomialTest test = new BinomialTest();
            assertTrue(test.binomialTest(n, hits, p, AlternativeHypothesis.TWO_SIDED) > PmfAssertions.MIN_P_VALUE,
                    "below m=" + m + " hits=" + hits);
            assertTrue(test.binomialTest(n, blockHits, p, AlternativeHypothesis.TWO_SIDED) > PmfAssertions.MIN_P_VALUE,
                    "allOf m=" + m + " hits=" + blockHits);
        }
        assertTrue(ExpMinusOnePowers.allOf(words(), 0), "p^0 = 1 needs no word");
    }

    @Test
    void geometricHasTheLawOfCountingPCoins() {
        SplittableRandom random = new SplittableRandom(2024L);
        RandomBits bits = random::nextLong;
        int n = 400_000;
        int bins = 14;
        long[] counts = new long[bins];
        for (int i = 0; i < n; i++) {
            counts[(int) Math.min(bins - 1, ExpMinusOnePowers.geometric(bits))]++;
        }
        // P(V = v) = p^v (1 - p); the last bin pools V >= bins - 1, probability p^(bins - 1).
        double p = ExpMinusOnePowers.P;
        double[] expected = new double[bins];
        for (int v = 0; v < bins - 1; v++) {
            expected[v] = n * Math.pow(p, v) * (1 - p);
        }
        expected[bins - 1] = n * Math.pow(p, bins - 1);
        double pValue = new ChiSquareTest().chiSquareTest(expected, counts);
        assertTrue(pValue > PmfAssertions.MIN_P_VALUE, "chi-square p-value " + pValue);
    }
}
