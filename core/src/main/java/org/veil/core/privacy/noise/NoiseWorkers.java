package org.veil.core.privacy.noise;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that fill large arrays with noise in parallel: the calling thread plus
 * {@code threads - 1} daemon pool threads. The shared instance has as many threads as
 * {@link Runtime#availableProcessors()}, or the value of the system property
 * {@value #THREADS_PROPERTY} (at least 1) when set; with 1 no pool is created and every call runs
 * on the caller's thread. The thread count never changes which noise is drawn (see
 * {@link ChunkedNoise}), only how fast.
 *
 * <p><b>Thread safety:</b> thread-safe. Holds no randomness.
 */
final class NoiseWorkers {

    /** System property that sets the shared instance's thread count, e.g. -Dveil.noise.threads=1. */
    static final String THREADS_PROPERTY = "veil.noise.threads";

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final int threads;
    private final ExecutorService pool;

    /** A pool with {@code threads - 1} daemon threads (none when threads is 1). */
    NoiseWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads=" + threads + ", allowed: >= 1");
        }
        this.threads = threads;
        if (threads == 1) {
            this.pool = null;
        } else {
            String prefix = "veil-noise-" + POOL_NUMBER.incrementAndGet() + "-";
            AtomicInteger count = new AtomicInteger();
            this.pool = new ThreadPoolExecutor(threads - 1, threads - 1, 0, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, prefix + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
        }
    }

    /** The instance all noise sources share, created on first use. */
    static NoiseWorkers shared() {
        return Shared.INSTANCE;
    }

    /** Threads that work on one call, the caller included. */
    int threads() {
        return threads;
    }

    /** Runs {@code task} on a pool thread if there is a pool; returns false if it was not accepted. */
    boolean offer(Runnable task) {
        if (pool == null) {
            return false;
        }
        try {
            pool.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Stops the pool threads (for instances made in tests; the shared one lives as long as the JVM). */
    void shutdown() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Lazy holder of the shared instance. */
    private static final class Shared {
        static final NoiseWorkers INSTANCE = new NoiseWorkers(
                Math.max(1, Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors())));
    }
}
