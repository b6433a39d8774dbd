package org.veil.dpsgd.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EpochTimesTest {

    private static EpochTimes of(double... seconds) {
        EpochTimes t = new EpochTimes();
        for (double s : seconds) {
            t.add(Math.round(s * 1e9));
        }
        return t;
    }

    @Test
    void medianLeavesOutTheWarmUpEpoch() {
        // A slow warm-up (100 s) must not move the median of 1, 3, 2.
        assertEquals(2.0, of(100, 1, 3, 2).median(), 1e-12);
        assertEquals(2.5, of(100, 1, 4, 3, 2).median(), 1e-12, "even count: mean of the middle two");
        assertTrue(Double.isNaN(of(5).median()), "no epoch after the warm-up");
        assertEquals(List.of(100.0, 1.0), of(100, 1).all());
    }

    @Test
    void pairedRatioDividesEpochsOfTheSameRound() {
        EpochTimes priv = of(9, 2, 6, 3);
        EpochTimes plain = of(1, 1, 2, 3);
        // rounds 2..4: 2/1, 6/2, 3/3 -> median 2; the ratio of medians is 3/2 instead.
        assertEquals(2.0, priv.pairedRatio(plain), 1e-12);
        assertEquals(1.5, priv.median() / plain.median(), 1e-12);
    }
}
