package org.veil.core.run;

import java.util.random.RandomGenerator;

/**
 * The two random building blocks several packages need, written once: an in-place Fisher–Yates
 * shuffle and a seed derived from (seed, index) for reproducible, resumable sub-streams.
 *
 * <p>Stateless; every call takes its generator or seed (DESIGN.md section 4.3).
 */
public final class Randomness {

    private Randomness() {
    }

    /**
     * Shuffles {@code a} in place: for i = n−1 … 1 swap a[i] with a[j], j = {@code random.nextInt(i + 1)}
     * (Fisher–Yates / Durstenfeld; Knuth, TAOCP vol. 2, 3.4.2, Algorithm P). Consumes exactly n − 1
     * draws, so the result is a function of the generator's state only.
     */
    public static void shuffle(int[] a, RandomGenerator random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * A seed for sub-stream {@code index} of {@code seed}: the SplitMix64 finaliser of
     * seed + γ·(index + 1), γ = 0x9E3779B97F4A7C15 (Steele, Lea and Flood, OOPSLA 2014). Distinct indices
     * give unrelated seeds, and step t's seed can be recomputed without replaying steps 0 … t−1.
     */
    public static long derive(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
