package org.veil.lfr.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.lfr.model.PredictionStats;

class ParitySelectionTest {

    @Test
    void feasibleBeatsInfeasibleThenAccuracyThenParity() {
        PredictionStats fairWeak = new PredictionStats(0.78, -0.04);
        PredictionStats fairStrong = new PredictionStats(0.80, 0.05);
        PredictionStats unfairStrong = new PredictionStats(0.85, -0.15);
        PredictionStats lessUnfair = new PredictionStats(0.70, -0.08);
        assertTrue(ParitySelection.better(fairWeak, 1, unfairStrong, 1, 0.05));
        assertTrue(ParitySelection.better(fairStrong, 1, fairWeak, 1, 0.05), "the bound is inclusive");
        assertTrue(ParitySelection.better(lessUnfair, 1, unfairStrong, 1, 0.05));
        assertFalse(ParitySelection.better(unfairStrong, 1, lessUnfair, 1, 0.05));
        assertTrue(ParitySelection.better(fairWeak, 0.5, new PredictionStats(0.78, 0.01), 0.6, 0.05), "tie: loss");
    }

    @Test
    void keepsACopyOfTheBestOffer() {
        ParitySelection s = new ParitySelection(0.05);
        double[] a = {1, 2};
        s.offer(a, new PredictionStats(0.9, 0.2), 1, 0, 10);
        s.offer(new double[] {3, 4}, new PredictionStats(0.8, 0.01), 1, 1, 20);
        a[0] = 99;
        s.offer(new double[] {5, 6}, new PredictionStats(0.7, 0.0), 1, 1, 30);
        assertArrayEquals(new double[] {3, 4}, s.theta());
        assertEquals(1, s.restart());
        assertEquals(20, s.iteration());
    }
}
