package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Samplers loop until acceptance: a broken one may never return, hence the timeout. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChunkedNoiseTest {

    private static final int LENGTH = 5 * ChunkedNoise.CHUNK + 123;

    private static double[] seededNoise(long seed, int threads, boolean gaussian) {
        NoiseWorkers workers = new NoiseWorkers(threads);
        try {
            NoiseSource source = new SeededNoiseSource(seed, workers);
            double[] first = new double[LENGTH];
            double[] second = new double[LENGTH];
            if (gaussian) {
                source.addGaussian(first, 1.5);
                source.addGaussian(second, 1.5);
            } else {
                source.addLaplace(first, 0.7);
                source.addLaplace(second, 0.7);
            }
            double[] both = Arrays.copyOf(first, 2 * LENGTH);
            System.arraycopy(second, 0, both, LENGTH, LENGTH);
            return both;
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void seededNoiseDoesNotDependOnTheThreadCount() {
        for (boolean gaussian : new boolean[] {true, false}) {
            double[] one = seededNoise(77L, 1, gaussian);
            assertArrayEquals(one, seededNoise(77L, 2, gaussian), 0.0, "2 threads, gaussian=" + gaussian);
            assertArrayEquals(one, seededNoise(77L, 5, gaussian), 0.0, "5 threads, gaussian=" + gaussian);
            assertFalse(Arrays.equals(one, seededNoise(78L, 5, gaussian)), "another seed");
        }
    }

    @Test
    void chunksAndCallsGetDifferentStreams() {
        double[] noise = seededNoise(5L, 3, true);
        int chunk = ChunkedNoise.CHUNK;
        // Equal runs would mean two chunks (or the two calls) replayed the same words.
        assertFalse(Arrays.equals(noise, 0, 64, noise, chunk, chunk + 64), "chunk 0 vs chunk 1");
        assertFalse(Arrays.equals(noise, 0, 64, noise, LENGTH, LENGTH + 64), "call 0 vs call 1");
        double squares = 0;
        for (double x : noise) {
            squares += x * x;
        }
        // Variance 2.25 with n = 2 * LENGTH (about 82k): standard error 2.25 sqrt(2 / n) = 0.011; allow 6 SE.
        assertEquals(2.25, squares / noise.length, 0.066);
    }

    @Test
    void everyChunkIsFilledOnceWithItsOwnBits() {
        NoiseWorkers workers = new NoiseWorkers(4);
        try {
            double[] values = new double[3 * ChunkedNoise.CHUNK + 5];
            Set<Integer> leased = ConcurrentHashMap.newKeySet();
            ChunkedNoise.CallBits bits = () -> new ChunkedNoise.Lease() {
                @Override
                public RandomBits forChunk(int index) {
                    assertTrue(leased.add(index), "chunk " + index + " handed out twice");
                    return () -> index + 1L;
                }

                @Override
                public void close() {
                }
            };
            ChunkedNoise.fill(values, bits, (v, from, to, chunkBits) -> {
                for (int i = from; i < to; i++) {
                    v[i] += chunkBits.nextLong();
                }
            }, workers);
            for (int i = 0; i < values.length; i++) {
                assertEquals(i / ChunkedNoise.CHUNK + 1, values[i], 0.0, "index " + i);
            }
            assertEquals(4, leased.size());
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void aFailureInAWorkerReachesTheCaller() {
        NoiseWorkers workers = new NoiseWorkers(2);
        try {
            double[] values = new double[4 * ChunkedNoise.CHUNK];
            ChunkedNoise.CallBits bits = () -> new ChunkedNoise.Lease() {
                @Override
                public RandomBits forChunk(int index) {
                    return () -> index;
                }

                @Override
                public void close() {
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                    ChunkedNoise.fill(values, bits, (v, from, to, chunkBits) -> {
                        if (chunkBits.nextLong() == 2) {
                            throw new IllegalStateException("chunk 2 failed");
                        }
                    }, workers));
            assertEquals("chunk 2 failed", e.getMessage());
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void secureSourceFillsALargeArrayInParallelWithValidNoise() {
        NoiseSource noise = NoiseSource.secure();
        double[] v = new double[100_000];
        noise.addGaussian(v, 3.0);
        double g = NoiseSource.granularity(3.0);
        double squares = 0;
        for (double x : v) {
            assertEquals(Math.rint(x / g), x / g, 0.0);
            squares += x * x;
        }
        // Variance 9, standard error 9 sqrt(2 / 10^5) = 0.040: allow 6 SE.
        assertEquals(9.0, squares / v.length, 0.24);
        assertFalse(Arrays.equals(v, 0, 64, v, ChunkedNoise.CHUNK, ChunkedNoise.CHUNK + 64));
    }
}
