package org.veil.lfr;

/**
 * Which Learned Fair Representations objective to fit.
 *
 * <ul>
 *   <li>{@link #PAPER} (default): Zemel et al. 2013, "Learning Fair Representations", ICML, Section 2:
 *       weighted squared distance with one learned weight per feature and group (α⁺, α⁻, eq. 3 and the
 *       paragraph after it), L = Az·Lz + Ax·Lx + Ay·Ly (eq. 1) with Lz summed over prototypes (eq. 4).
 *       Lx and Ly are averaged over rows instead of summed (eq. 5, 7), which only rescales Ax and Ay by
 *       the row count and makes the weights independent of the data size (docs/lfr.md).</li>
 *   <li>{@link #AIF360}: the objective of AIF360's {@code LFR} (aif360.algorithms.preprocessing.lfr_helpers):
 *       plain Euclidean distance, no α, Lx the mean squared error within each group summed over the two
 *       groups, Lz the mean over prototypes, Ly the mean log loss; for one-for-one comparisons.</li>
 * </ul>
 */
public enum LfrMode {
    PAPER,
    AIF360
}
