package org.veil.lfr.model;

/**
 * The three LFR loss terms (unweighted) and the weighted total L = Az·Lz + Ax·Lx + Ay·Ly
 * (Zemel et al. 2013, eq. 1).
 *
 * @param reconstruction Lx
 * @param label          Ly, the mean log loss of the label head
 * @param parity         Lz, the statistical-parity gap of the memberships
 * @param total          the weighted sum
 */
public record LossTerms(double reconstruction, double label, double parity, double total) {
}
