package org.veil.dpsgd.sampling;

/**
 * Chooses the rows of each DP-SGD step. Implementations say which sampling the privacy analysis
 * may assume ({@link #poisson()}).
 *
 * <p>Not thread-safe unless stated.
 */
public interface BatchSampler {

    /**
     * The rows of step {@code step} (0-based over the whole run).
     *
     * @param step the step index
     * @return row indices in increasing order for Poisson sampling; may be empty
     */
    int[] batch(long step);

    /** Whether every row is included independently with probability q (Poisson sampling). */
    boolean poisson();
}
