package org.veil.pate.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.LnMax;
import org.veil.core.privacy.noise.NoiseSource;

class LnMaxAggregatorTest {
    private static final int TRIALS = 20_000;

    private static long[] winners(int[] counts, double scale, long seed) {
        LnMaxAggregator lnmax = new LnMaxAggregator(new LnMaxOptions(scale));
        NoiseSource noise = NoiseSource.seeded(seed);
        long[] wins = new long[counts.length];
        for (int t = 0; t < TRIALS; t++) {
            wins[lnmax.answer(counts, null, noise).label()]++;
        }
        return wins;
    }

    @Test
    void twoClassesWinAtTheClosedFormRate() {
        long[] wins = winners(new int[] {10, 5}, 5, 11);
        // P(L1 - L0 < 5) for i.i.d. Laplace(b = 5): the difference D has P(D <= d) = 1 - e^(-d/b) (1 + d/(2b)) / 2
        // for d >= 0, so 1 - 0.75 e^-1 = 0.7240904191214182 (also scipy quad in
        // /work/refs/scripts/pate_noisy_max_probabilities.py)
        Binomial.assertRate("P(class 0)", wins[0], TRIALS, 0.7240904191214182);
    }

    @Test
    void threeClassesWinAtTheAnalyticRates() {
        long[] wins = winners(new int[] {30, 20, 10}, 10, 12);
        // /work/refs/scripts/pate_noisy_max_probabilities.py, counts [30, 20, 10], b = 10
        Binomial.assertRate("P(class 0)", wins[0], TRIALS, 0.6712652267256942);
        Binomial.assertRate("P(class 1)", wins[1], TRIALS, 0.24622468243341722);
    }

    @Test
    void everyQueryIsAnsweredAndLedgeredAsLnMax() {
        LnMaxAggregator lnmax = new LnMaxAggregator(new LnMaxOptions(2));
        QueryAnswer a = lnmax.answer(new int[] {1, 1}, null, NoiseSource.seeded(1));
        assertEquals(AnswerSource.TEACHERS, a.source());
        assertEquals(List.of(new LedgerEntry(new LnMax(2), 5)), lnmax.ledger(0, 5).entries());
    }
}
