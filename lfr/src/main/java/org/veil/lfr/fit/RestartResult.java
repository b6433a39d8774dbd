package org.veil.lfr.fit;

/**
 * How one L-BFGS restart ended: what the record reports as convergence (iterations, final loss,
 * gradient norm, why it stopped).
 *
 * @param restart        index, from 0
 * @param iterations     L-BFGS iterations
 * @param evaluations    objective evaluations
 * @param trainingLoss   L on the fitting rows at the kept parameters
 * @param validationLoss L on the held-out rows at the kept parameters (NaN without validation)
 * @param gradientNorm   infinity norm of ∂L/∂θ where L-BFGS stopped
 * @param stopReason     why L-BFGS stopped (an {@code org.veil.lfr.optim.StopReason} name)
 * @param bestIteration  the iteration whose parameters were kept (early stopping)
 * @param seconds        wall time
 */
public record RestartResult(int restart, int iterations, int evaluations, double trainingLoss, double validationLoss,
        double gradientNorm, String stopReason, int bestIteration, double seconds) {
}
