package org.veil.core.privacy.analysis.pld;

/**
 * What {@link PldAnalysis} found for a ledger at one delta: a certified epsilon and an optimistic one that the
 * true epsilon cannot be below, with the grid that produced them.
 *
 * @param epsilon            the pessimistic epsilon: an upper bound on the true epsilon (Infinity for none)
 * @param optimisticEpsilon  the optimistic epsilon: a lower bound on the true epsilon
 * @param interval           the discretisation interval h actually used
 * @param gridSize           the largest FFT length used (a power of two)
 * @param coarsened          whether h is coarser than the finest interval allowed (the grid was sized to fit)
 * @param infinityMass       the pessimistic composition's mass at infinite loss, the larger direction's
 * @param truncationBudget   the mass added to delta for truncated tails and FFT wrap-around
 * @param noiseAllowance     the mass added to delta for the FFT's rounding noise (measured), the larger direction's
 * @param directions         1 when every step has q = 1 (both directions coincide), else 2
 */
public record PldResult(
        double epsilon,
        double optimisticEpsilon,
        double interval,
        int gridSize,
        boolean coarsened,
        double infinityMass,
        double truncationBudget,
        double noiseAllowance,
        int directions) {

    /** epsilon - optimisticEpsilon: how far above the true epsilon the answer may be. */
    public double epsilonError() {
        return Double.isInfinite(epsilon) ? Double.POSITIVE_INFINITY : epsilon - optimisticEpsilon;
    }
}
