package org.veil.pate.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.noise.NoiseSource;

class ConfidentGnMaxAggregatorTest {
    private static final int TRIALS = 10_000;

    @Test
    void passRateIsPhiOfTheMarginOverSigma1() {
        ConfidentGnMaxAggregator conf = new ConfidentGnMaxAggregator(new ConfidentGnMaxOptions(200, 150, 40));
        NoiseSource noise = NoiseSource.seeded(21);
        int[] counts = {180, 60, 10};
        long passed = 0;
        for (int t = 0; t < TRIALS; t++) {
            QueryAnswer a = conf.answer(counts, null, noise);
            assertTrue(a.checked());
            if (a.passed()) {
                passed++;
                assertEquals(AnswerSource.TEACHERS, a.source());
            } else {
                assertEquals(QueryAnswer.none(), a);
            }
        }
        // 2018, Algorithm 1: P(max + N(0, sigma1^2) >= T) = Phi((max - T) / sigma1) = Phi(-20 / 150)
        double p = new NormalDistribution(0, 1).cumulativeProbability((180 - 200) / 150.0);
        Binomial.assertRate("pass rate", passed, TRIALS, p);
    }

    @Test
    void answersFollowGnMaxWithSigma2() {
        // threshold 0 with a tiny sigma1: the check always passes, so the answers are GNMax(sigma2 = 40)
        ConfidentGnMaxAggregator conf = new ConfidentGnMaxAggregator(new ConfidentGnMaxOptions(0, 1e-6, 40));
        NoiseSource noise = NoiseSource.seeded(22);
        int[] counts = {100, 90, 0, 0, 0, 0, 0, 0, 0, 0};
        long zero = 0;
        for (int t = 0; t < TRIALS; t++) {
            zero += conf.answer(counts, null, noise).label() == 0 ? 1 : 0;
        }
        // /work/refs/scripts/pate_noisy_max_probabilities.py, counts [100, 90, 0 x 8], sigma 40
        Binomial.assertRate("P(class 0)", zero, TRIALS, 0.5328818949450379);
    }

    @Test
    void unreachableThresholdNeverAnswers() {
        ConfidentGnMaxAggregator conf = new ConfidentGnMaxAggregator(new ConfidentGnMaxOptions(1000, 1, 1));
        NoiseSource noise = NoiseSource.seeded(23);
        for (int t = 0; t < 100; t++) {
            assertEquals(QueryAnswer.none(), conf.answer(new int[] {250, 0}, null, noise));
        }
    }

    @Test
    void ledgerHasOneCheckPerQueryAndOneGnMaxPerAnswer() {
        var ledger = new ConfidentGnMaxAggregator(new ConfidentGnMaxOptions(200, 150, 40)).ledger(640, 300);
        assertEquals(List.of(new LedgerEntry(new NoisyThreshold(150), 640), new LedgerEntry(new GnMax(40), 300)),
                ledger.entries());
    }
}
