package org.veil.dpsgd;

/**
 * What one epoch of DP-SGD did, for progress output and tuning. The clipped fraction and the loss
 * are computed from the private training data and are not covered by the privacy guarantee: they
 * go to the user who runs training (terminal, record), which is the data holder.
 *
 * @param epoch           1-based epoch
 * @param steps           steps run in this epoch
 * @param examples        examples processed (sum of realised batch sizes)
 * @param clippedFraction fraction of examples whose gradient norm exceeded the bound
 * @param meanLoss        mean training loss of the processed examples (without the L2 penalty)
 * @param epsilon         ε spent after this epoch (headline accountant)
 */
public record EpochSummary(int epoch, long steps, long examples, double clippedFraction, double meanLoss,
        double epsilon) {
}
