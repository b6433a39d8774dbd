package org.veil.dpsgd;

/**
 * How each step's batch is drawn.
 *
 * <ul>
 *   <li>{@link #POISSON}: every example is included independently with probability q = B/N, as
 *       the privacy analysis of the subsampled Gaussian mechanism assumes (Mironov, Talwar and
 *       Zhang 2019, section 3; Zhu and Wang 2019). Batch sizes vary around B.</li>
 *   <li>{@link #SHUFFLE}: each epoch a random permutation cut into batches of B, as non-private
 *       training does. Veil gives <b>no certified ε</b> for it (the record says so and reports
 *       {@code epsilon = Infinity}): the Poisson analysis does not apply to fixed-size shuffled
 *       batches, and using it anyway can understate ε (Chua et al. 2024, "How private are DP-SGD
 *       implementations?", section 4).</li>
 * </ul>
 */
public enum Sampling {
    POISSON,
    SHUFFLE
}
