package org.veil.core.privacy.noise;

/**
 * The {@link RandomBits} both noise sources use: a block of 64-bit words refilled in bulk from a
 * {@link Filler} (AES-CTR keystream or {@code SplittableRandom}). One final class on the hot path
 * keeps the samplers' calls monomorphic whichever source runs, and the bulk refill amortises the
 * generator's cost.
 *
 * <p>Not thread-safe; each noise source owns one and documents how it is guarded.
 */
final class WordBuffer implements RandomBits {

    /** Words per refill: 64 KiB. */
    static final int WORDS = 1 << 13;

    /** A generator that overwrites a whole array with fresh uniformly random words. */
    interface Filler {
        void fill(long[] words);
    }

    private final long[] words = new long[WORDS];
    private final Filler filler;
    private int next = WORDS;

    WordBuffer(Filler filler) {
        this.filler = filler;
    }

    @Override
    public long nextLong() {
        if (next == WORDS) {
            filler.fill(words);
            next = 0;
        }
        return words[next++];
    }
}
