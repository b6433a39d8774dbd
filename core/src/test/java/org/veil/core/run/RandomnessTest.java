package org.veil.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomnessTest {

    @Test
    void shuffleIsAPermutation() {
        int[] a = new int[50];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        Randomness.shuffle(a, new SplittableRandom(3));
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < a.length; i++) {
            assertEquals(i, sorted[i]);
        }
        assertFalse(Arrays.equals(sorted, a));
    }

    @Test
    void derivedSeedsDependOnSeedAndIndexOnly() {
        assertEquals(Randomness.derive(7, 3), Randomness.derive(7, 3));
        assertNotEquals(Randomness.derive(7, 3), Randomness.derive(7, 4));
        assertNotEquals(Randomness.derive(7, 3), Randomness.derive(8, 3));
    }
}
