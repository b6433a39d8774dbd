package org.veil.core.privacy.noise;

import java.util.SplittableRandom;
import org.veil.core.run.Randomness;

/**
 * A reproducible noise source for experiments and tests: the same sampling algorithm as
 * {@link SecureNoiseSource} (grid rounding plus the exact CKS discrete samplers, see
 * {@link GridNoise}), but the bits come from {@link SplittableRandom} (SplitMix64, the algorithm
 * documented for {@code SplittableRandom}: Steele, Lea and Flood, OOPSLA 2014), so the same seed
 * gives the same noise on every JDK and with any number of threads. It is predictable by design:
 * never use it for a release that claims privacy.
 *
 * <p><b>Streams.</b> {@code root = new SplittableRandom(seed)}. Call number {@code c} (0, 1, ...)
 * takes {@code call = root.split()}, and chunk {@code j} of its array (see {@link ChunkedNoise})
 * draws its words, in order, from the {@code j}-th {@code call.split()}. So the noise is a function
 * of (seed, call number, chunk index) only; {@code split} is the generator's designed way to obtain
 * statistically independent streams.
 *
 * <p><b>Thread safety:</b> thread-safe (the call number is taken under a lock, the rest of the call
 * runs unlocked). With concurrent callers the call numbers follow the order in which the calls take
 * the lock, so only a single-threaded caller gets a reproducible sequence.
 */
final class SeededNoiseSource implements NoiseSource {

    /** Words per refill: about 16 per value (a Gaussian sample uses about 9 on average), at most 64 KiB. */
    private static final int WORDS_PER_VALUE = 16;

    private final long seed;
    private final SplittableRandom root;
    private final NoiseWorkers workers;

    SeededNoiseSource(long seed) {
        this(seed, NoiseWorkers.shared());
    }

    /** A source whose large arrays are filled by {@code workers} (tests compare thread counts). */
    SeededNoiseSource(long seed, NoiseWorkers workers) {
        this.seed = seed;
        this.root = new SplittableRandom(seed);
        this.workers = workers;
    }

    @Override
    public void addGaussian(double[] values, double standardDeviation) {
        GridNoise.addGaussian(values, standardDeviation, this::callBits, workers);
    }

    @Override
    public void addLaplace(double[] values, double scale) {
        GridNoise.addLaplace(values, scale, this::callBits, workers);
    }

    /** The per-chunk generators of the next call, split off on the calling thread in chunk order. */
    private ChunkedNoise.CallBits callBits(int length) {
        SplittableRandom call;
        synchronized (root) {
            call = root.split();
        }
        SplittableRandom[] chunks = new SplittableRandom[ChunkedNoise.chunks(length)];
        for (int j = 0; j < chunks.length; j++) {
            chunks[j] = call.split();
        }
        int block = (int) Math.min(WordBuffer.WORDS, (long) WORDS_PER_VALUE * Math.min(length, ChunkedNoise.CHUNK) + 1);
        return () -> {
            WordBuffer bits = new WordBuffer(null, block);
            return new ChunkedNoise.Lease() {
                @Override
                public RandomBits forChunk(int index) {
                    SplittableRandom random = chunks[index];
                    // Only this chunk's generator feeds the buffer from here on; unread words are dropped.
                    bits.restart((words, count) -> {
                        for (int i = 0; i < count; i++) {
                            words[i] = random.nextLong();
                        }
                    });
                    return bits;
                }

                @Override
                public void close() {
                    // Nothing to return: the generators belong to this call.
                }
            };
        };
    }

    @Override
    public NoiseSource stream(long index) {
        return new SeededNoiseSource(Randomness.derive(seed, index), workers);
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String name() {
        return "seeded";
    }
}
