package org.veil.pate.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.veil.core.dl4j.Dl4jThreads;
import org.veil.core.error.VeilException;
import org.veil.core.run.CancellationFlag;

/**
 * Runs one task per teacher, several at a time. With more than one worker every worker runs ND4J on
 * one native thread (small networks gain nothing from native threads and lose much to
 * oversubscription: shared/notes/dl4j-measurements.md, section 4); the caller's thread count is
 * restored once every worker has stopped. The first failure, or the caller's cancellation, stops the
 * remaining tasks: each task is handed the flag to poll, which is set at that point.
 *
 * <p>Thread safety: one instance runs one batch of tasks ({@link #run}) at a time. Randomness: none.
 */
final class TeacherWorkers {
    /** How often the waiting thread polls the caller's cancellation flag. */
    private static final long POLL_MILLIS = 100;
    /** How long to wait for running workers to notice a stop before restoring the thread count. */
    private static final long DRAIN_SECONDS = 600;

    private final int parallelism;
    private final CancellationFlag caller;
    private final CancellationFlag stop = new CancellationFlag();

    TeacherWorkers(int parallelism, CancellationFlag caller) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism=" + parallelism + ", allowed: >= 1");
        }
        this.parallelism = parallelism;
        this.caller = caller;
    }

    /** One task: teacher {@code k}, polling {@code cancellation} between steps. */
    @FunctionalInterface
    interface Task<T> {
        T run(int k, CancellationFlag cancellation);
    }

    /**
     * Runs {@code task.run(k, flag)} for k = 0 .. tasks-1 and returns the results in that order;
     * {@code onDone} receives the number of finished tasks after each one. The flag is the caller's
     * when the tasks run one at a time, else a flag set on the caller's cancellation or the first
     * failure.
     */
    <T> List<T> run(int tasks, Task<T> task, IntConsumer onDone) {
        int workers = Math.min(parallelism, tasks);
        if (workers <= 1) {
            List<T> out = new ArrayList<>(tasks);
            for (int k = 0; k < tasks; k++) {
                caller.check();
                out.add(task.run(k, caller));
                onDone.accept(k + 1);
            }
            return out;
        }
        int threadsBefore = Dl4jThreads.current();
        Dl4jThreads.set(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "veil-teacher");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            List<Future<T>> futures = new ArrayList<>(tasks);
            for (int k = 0; k < tasks; k++) {
                int index = k;
                futures.add(pool.submit(() -> {
                    Dl4jThreads.set(1);
                    stop.check();
                    try {
                        T result = task.run(index, stop);
                        onDone.accept(done.incrementAndGet());
                        return result;
                    } catch (RuntimeException e) {
                        if (!(e instanceof CancellationFlag.CancelledException)) {
                            failure.compareAndSet(null, e);
                        }
                        stop.cancel();
                        throw e;
                    }
                }));
            }
            List<T> out = new ArrayList<>(tasks);
            for (Future<T> f : futures) {
                out.add(await(f, failure));
            }
            return out;
        } finally {
            stop.cancel();
            pool.shutdownNow();
            drain(pool);
            Dl4jThreads.set(Math.max(1, threadsBefore));
        }
    }

    private <T> T await(Future<T> f, AtomicReference<RuntimeException> failure) {
        while (true) {
            try {
                if (caller.isCancelled()) {
                    stop.cancel();
                    throw new CancellationFlag.CancelledException();
                }
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not finished yet: poll the caller's flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.cancel();
                throw new CancellationFlag.CancelledException();
            } catch (ExecutionException e) {
                stop.cancel();
                // another task's failure is the cause of this one's cancellation: report that failure
                throw failure.get() != null ? failure.get() : unwrap(e.getCause());
            }
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof VeilException v) {
            return v;
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        return new IllegalStateException("a teacher task failed: " + cause, cause);
    }

    private static void drain(ExecutorService pool) {
        try {
            pool.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
