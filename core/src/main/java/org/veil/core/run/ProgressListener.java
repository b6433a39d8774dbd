package org.veil.core.run;

/**
 * Receives progress of long work. Called from the working thread; implementations must be cheap
 * and thread-safe (several workers may report at once).
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores everything. */
    ProgressListener NONE = (task, done, total) -> { };

    /**
     * @param task  what is being done, e.g. "epoch 3/10"
     * @param done  units finished so far
     * @param total units in all, or -1 when unknown
     */
    void progress(String task, long done, long total);
}
