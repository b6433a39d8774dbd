package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Samplers loop until acceptance: a broken one may never return, hence the timeout. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BernoulliExpTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 1.0, 1.5, 2.3, 4.0, 7.5})
    void frequencyMatchesExpMinusGamma(double gamma) {
        SplittableRandom random = new SplittableRandom(1000L + Double.hashCode(gamma));
        RandomBits bits = random::nextLong;
        int n = 200_000;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            hits += BernoulliExp.sample(bits, gamma) ? 1 : 0;
        }
        double p = Math.exp(-gamma);
        double pValue = new BinomialTest().binomialTest(n, hits, p, AlternativeHypothesis.TWO_SIDED);
        assertTrue(pValue > PmfAssertions.MIN_P_VALUE,
                "gamma=" + gamma + " hits=" + hits + " expected=" + n * p + " p-value=" + pValue);
    }

    @Test
    void largeGammaSplitsIntoBlocksOfPowersOfExpMinusOne() {
        // gamma = 45.5 = 40 + 5 + 0.5: one word against p^40, one against p^5, then CKS Algorithm 1 at 0.5.
        long[] script = {ExpMinusOnePowers.firstWord(40) - 1, ExpMinusOnePowers.firstWord(5) - 1, -1L};
        int[] next = {0};
        RandomBits bits = () -> script[next[0]++];
        // The all-ones word fails Bernoulli(0.5) at once: K = 1 is odd, so the coin is true.
        assertTrue(BernoulliExp.sample(bits, 45.5));
        assertEquals(3, next[0]);
        long[] failing = {ExpMinusOnePowers.firstWord(40) - 1, ExpMinusOnePowers.firstWord(5) + 1};
        int[] at = {0};
        assertFalse(BernoulliExp.sample(() -> failing[at[0]++], 45.5), "the p^5 block fails");
    }

    @Test
    void gammaZeroIsAlwaysTrue() {
        SplittableRandom random = new SplittableRandom(3L);
        RandomBits bits = random::nextLong;
        int hits = 0;
        for (int i = 0; i < 10_000; i++) {
            hits += BernoulliExp.sample(bits, 0.0) ? 1 : 0;
        }
        assertEquals(10_000, hits);
    }

    @Test
    void rejectsNegativeAndNonFiniteGamma() {
        RandomBits bits = new SplittableRandom(1L)::nextLong;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BernoulliExp.sample(bits, -1));
        assertEquals("gamma=-1.0, allowed: >= 0 and finite", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BernoulliExp.sample(bits, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> BernoulliExp.sample(bits, Double.POSITIVE_INFINITY));
    }
}
