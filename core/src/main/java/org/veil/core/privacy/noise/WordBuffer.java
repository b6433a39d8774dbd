package org.veil.core.privacy.noise;

/**
 * The {@link RandomBits} both noise sources use: a block of 64-bit words refilled in bulk from a
 * {@link Filler} (AES-CTR keystream or {@code SplittableRandom}). One final class on the hot path
 * keeps the samplers' calls monomorphic whichever source runs, and the bulk refill amortises the
 * generator's cost.
 *
 * <p>Not thread-safe; each noise source hands one buffer to one worker at a time (see
 * {@link ChunkedNoise}).
 */
final class WordBuffer implements RandomBits {

    /** Words per refill by default: 64 KiB. */
    static final int WORDS = 1 << 13;

    /** A generator that overwrites the first {@code count} words of an array with fresh random words. */
    interface Filler {
        void fill(long[] words, int count);
    }

    private final long[] words;
    private Filler filler;
    private int next;

    WordBuffer(Filler filler) {
        this(filler, WORDS);
    }

    /** A buffer refilled {@code blockWords} words at a time (1 to {@link #WORDS}). */
    WordBuffer(Filler filler, int blockWords) {
        if (blockWords < 1 || blockWords > WORDS) {
            throw new IllegalArgumentException("blockWords=" + blockWords + ", allowed: [1, " + WORDS + "]");
        }
        this.words = new long[blockWords];
        this.filler = filler;
        this.next = blockWords;
    }

    /** Discards the unread words; all later words come from {@code newFiller}, in its order. */
    void restart(Filler newFiller) {
        this.filler = newFiller;
        this.next = words.length;
    }

    @Override
    public long nextLong() {
        if (next == words.length) {
            filler.fill(words, words.length);
            next = 0;
        }
        return words[next++];
    }
}
