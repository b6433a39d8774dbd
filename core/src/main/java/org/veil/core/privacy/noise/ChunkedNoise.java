package org.veil.core.privacy.noise;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits an array into fixed chunks of {@link #CHUNK} values and fills each chunk with its own bits,
 * on several threads when the array is longer than {@link #PARALLEL_THRESHOLD}.
 *
 * <p><b>What the thread count can and cannot change.</b> Chunk boundaries depend only on the array
 * length. Each chunk is filled, in index order, by one sampler run with the {@link RandomBits} that
 * the source's {@link Lease} returns for that chunk and no other. The seeded source gives chunk
 * {@code j} its own generator, derived from (seed, call number, j) alone, so its output does not
 * depend on the thread count or on which thread takes which chunk. The secure source lends each
 * worker one of its independent AES-CTR generators; which generator fills which chunk then varies
 * from run to run, which is harmless because all of them are independent and unpredictable.
 * In both cases every value gets one independent draw of the same sampler, so the joint law of the
 * noise is exactly that of the single-threaded loop.
 *
 * <p><b>Thread safety:</b> stateless. A call returns only after every chunk is done (the latch
 * makes all writes to {@code values} visible to the caller); an exception thrown while sampling a
 * chunk is rethrown to the caller after the other chunks finish.
 */
final class ChunkedNoise {

    /** Values per chunk; fixed, so chunk boundaries never depend on the thread count. */
    static final int CHUNK = 8192;

    /** Arrays up to this length (two chunks) are filled on the calling thread. */
    static final int PARALLEL_THRESHOLD = 2 * CHUNK;

    /** Fills {@code values[from..to)} with one sampler, drawing from {@code bits}. */
    interface ChunkFiller {
        void fill(double[] values, int from, int to, RandomBits bits);
    }

    /** The bits one worker uses for the chunks it takes, given back by {@link #close}. */
    interface Lease extends AutoCloseable {
        /** The bits for chunk {@code index}; the lease's previous chunk is finished. */
        RandomBits forChunk(int index);

        @Override
        void close();
    }

    /** A source's bits for one call: one {@link Lease} per worker. */
    interface CallBits {
        Lease lease();
    }

    private ChunkedNoise() {
    }

    /** Number of chunks of an array of this length (at least 1, so an empty array has one). */
    static int chunks(int length) {
        return Math.max(1, (length + CHUNK - 1) / CHUNK);
    }

    /** Fills every chunk of {@code values} and returns when all are done. */
    static void fill(double[] values, CallBits bits, ChunkFiller filler, NoiseWorkers workers) {
        int chunks = chunks(values.length);
        int threads = values.length > PARALLEL_THRESHOLD ? Math.min(workers.threads(), chunks) : 1;
        AtomicInteger nextChunk = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(chunks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> work(values, chunks, bits, filler, nextChunk, done, failure);
        for (int i = 1; i < threads; i++) {
            if (!workers.offer(worker)) {
                break;
            }
        }
        worker.run();
        awaitUninterruptibly(done);
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown != null) {
            throw (Error) thrown;
        }
    }

    /** Takes chunks until none is left; a worker that starts late finds none and returns at once. */
    private static void work(double[] values, int chunks, CallBits bits, ChunkFiller filler,
                             AtomicInteger nextChunk, CountDownLatch done, AtomicReference<Throwable> failure) {
        Lease lease = null;
        try {
            int chunk;
            while ((chunk = nextChunk.getAndIncrement()) < chunks) {
                try {
                    if (lease == null) {
                        lease = bits.lease();
                    }
                    int from = chunk * CHUNK;
                    filler.fill(values, from, Math.min(values.length, from + CHUNK), lease.forChunk(chunk));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        } finally {
            if (lease != null) {
                lease.close();
            }
        }
    }

    /** Waits for the latch; an interrupt is kept for the caller but cannot abandon half-written values. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
