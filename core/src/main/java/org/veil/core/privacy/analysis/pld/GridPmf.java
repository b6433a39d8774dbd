package org.veil.core.privacy.analysis.pld;

/**
 * A discretised privacy loss distribution of one step: {@code probs[i]} is the mass at loss
 * (offset + i) * h, and {@code infinityMass} the mass at loss +Infinity (whose delta contribution
 * is 1 at every epsilon). The finite masses and the infinity mass sum to at most 1.
 *
 * @param offset       grid index of {@code probs[0]}
 * @param probs        masses on consecutive grid points
 * @param infinityMass mass at +Infinity
 */
record GridPmf(long offset, double[] probs, double infinityMass) {
}
