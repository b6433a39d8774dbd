package org.veil.core.dl4j;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The number of threads ND4J's native code uses in this process, set in-process with
 * {@link #set(int)}: libnd4j's parallel loops (its "max master threads"), OpenMP regions (the
 * calling thread's {@code omp_set_num_threads}) and OpenBLAS's own pool. libnd4j's pool size
 * ("max threads") is fixed when the library loads (from {@code OMP_NUM_THREADS}, else the cores),
 * so {@link #set(int)} can lower the count but not raise it above that; the environment variable
 * set before start-up remains the way to raise it (shared/notes/dl4j-measurements.md, section 4).
 *
 * <p>Thread safety: the settings are process-wide native state; change them before training
 * starts, not while another thread runs ND4J work. Randomness: none. Changing the thread count
 * changes the order of float reductions, so the low bits of trained parameters (see
 * {@link Dl4jClassifier}).
 */
public final class Dl4jThreads {
    /** Most threads accepted (guards against typos). */
    public static final int MAX_THREADS = 1024;

    private Dl4jThreads() {
    }

    /**
     * Sets libnd4j's, OpenMP's and OpenBLAS's thread counts to {@code threads} (libnd4j's capped at
     * its pool size). OpenMP's setting applies to the calling thread: call it from the thread that
     * trains.
     *
     * @return the effective value afterwards ({@link #current()})
     */
    public static int set(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads=" + threads + ", allowed: [1, " + MAX_THREADS + "]");
        }
        int pool = Nd4j.getEnvironment().maxThreads();
        Nd4j.getEnvironment().setMaxMasterThreads(Math.min(threads, pool));
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        return current();
    }

    /** The effective thread count of libnd4j's parallel loops ("max master threads"). */
    public static int current() {
        return Nd4j.getEnvironment().maxMasterThreads();
    }

    /** libnd4j's pool size, the most {@link #set(int)} can give (fixed when the library loads). */
    public static int pool() {
        return Nd4j.getEnvironment().maxThreads();
    }

    /** OpenBLAS's own thread count (what matrix products use). */
    public static int blas() {
        return Nd4j.factory().blas().getMaxThreads();
    }
}
