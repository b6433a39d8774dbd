package org.veil.lfr.fit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

    @Test
    void theFirstFiniteLossImprovesOnNothingAndLaterOnesMustBeatTheBestByMoreThanRounding() {
        // regression: Infinity − 1e-9·Infinity is NaN, which once made every check "no improvement"
        assertTrue(EarlyStopping.improves(0.67, Double.POSITIVE_INFINITY));
        assertFalse(EarlyStopping.improves(Double.NaN, Double.POSITIVE_INFINITY));
        assertTrue(EarlyStopping.improves(0.5, 0.6));
        assertFalse(EarlyStopping.improves(0.6, 0.6));
        assertFalse(EarlyStopping.improves(0.6 - 1e-12, 0.6));
        assertFalse(EarlyStopping.improves(0.7, 0.6));
    }
}
