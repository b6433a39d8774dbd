package org.veil.pate.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.noise.NoiseSource;

class GnMaxAggregatorTest {
    private static final int TRIALS = 20_000;

    private static long[] winners(int[] counts, double sigma, long seed) {
        GnMaxAggregator gnmax = new GnMaxAggregator(new GnMaxOptions(sigma));
        NoiseSource noise = NoiseSource.seeded(seed);
        long[] wins = new long[counts.length];
        for (int t = 0; t < TRIALS; t++) {
            QueryAnswer a = gnmax.answer(counts, null, noise);
            assertEquals(AnswerSource.TEACHERS, a.source());
            assertFalse(a.checked());
            wins[a.label()]++;
        }
        return wins;
    }

    @Test
    void clearPluralityWinsAtTheAnalyticRate() {
        long[] wins = winners(new int[] {200, 50, 0, 0, 0, 0, 0, 0, 0, 0}, 40, 1);
        // 0.9947596349462914: /work/refs/scripts/pate_noisy_max_probabilities.py (scipy 1.17 quad of
        // int phi(z) prod_j Phi(c_0 - c_j + z) dz), counts [200, 50, 0 x 8], sigma 40
        Binomial.assertRate("P(class 0)", wins[0], TRIALS, 0.9947596349462914);
    }

    @Test
    void closeVotesSplitAtTheAnalyticRates() {
        long[] wins = winners(new int[] {100, 90, 0, 0, 0, 0, 0, 0, 0, 0}, 40, 2);
        // same script, counts [100, 90, 0 x 8], sigma 40: P0 = 0.5328818949450379, P1 = 0.39808663325517546
        Binomial.assertRate("P(class 0)", wins[0], TRIALS, 0.5328818949450379);
        Binomial.assertRate("P(class 1)", wins[1], TRIALS, 0.39808663325517546);
    }

    @Test
    void sameSeedGivesSameAnswers() {
        GnMaxAggregator gnmax = new GnMaxAggregator(new GnMaxOptions(40));
        NoiseSource a = NoiseSource.seeded(7);
        NoiseSource b = NoiseSource.seeded(7);
        int[] counts = {100, 90, 60};
        for (int t = 0; t < 200; t++) {
            assertEquals(gnmax.answer(counts, null, a), gnmax.answer(counts, null, b));
        }
    }

    @Test
    void tinyNoiseReturnsThePluralityAndTiesGoToTheLowestIndex() {
        GnMaxAggregator gnmax = new GnMaxAggregator(new GnMaxOptions(1e-9));
        assertEquals(2, gnmax.answer(new int[] {3, 4, 5, 1}, null, NoiseSource.seeded(3)).label());
        assertEquals(1, NoisyArgmax.argmax(new double[] {1, 5, 5, 2}));
        assertEquals(0, NoisyArgmax.argmax(new double[] {7, 7}));
    }

    @Test
    void ledgerHasOneGnMaxPerAnswer() {
        var ledger = new GnMaxAggregator(new GnMaxOptions(40)).ledger(0, 17);
        assertEquals(java.util.List.of(new LedgerEntry(new GnMax(40), 17)), ledger.entries());
    }

    @Test
    void badCountsAreRefused() {
        GnMaxAggregator gnmax = new GnMaxAggregator(new GnMaxOptions(1));
        NoiseSource noise = NoiseSource.seeded(1);
        assertThrows(IllegalArgumentException.class, () -> gnmax.answer(new int[] {3}, null, noise));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gnmax.answer(new int[] {3, -1}, null, noise));
        assertTrue(e.getMessage().contains("counts[1]=-1"), e.getMessage());
    }
}
