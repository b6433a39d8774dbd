package org.veil.core.dl4j;

/**
 * How a convolution computes per-example gradient norms (Li et al. 2021, "Large language models can
 * be strong differentially private learners", section 4, "ghost clipping" for convolutions and its
 * per-layer choice):
 * <ul>
 *   <li>{@link #MATERIALISE}: G_i = Δ_iᵀP_i for every example (outC·K values each), norms are row
 *       norms and the clipped sum is c·G;</li>
 *   <li>{@link #GHOST}: ‖Δ_iᵀP_i‖_F² = ⟨P_iP_iᵀ, Δ_iΔ_iᵀ⟩ from two T×T Gram matrices per example
 *       (T output positions), and the clipped sum (c ⊙ Δ)ᵀP as one product, so G_i is never formed;</li>
 *   <li>{@link #AUTO}: ghost when 2T² &lt; outC·K (the Gram matrices are smaller than G_i), else
 *       materialise — Li et al.'s rule.</li>
 * </ul>
 */
enum ConvNorms {
    AUTO,
    GHOST,
    MATERIALISE;

    /** Whether a layer with T positions, outC channels and K patch values uses the ghost form. */
    boolean ghost(long positions, long outChannels, long patch) {
        return switch (this) {
            case GHOST -> true;
            case MATERIALISE -> false;
            case AUTO -> 2 * positions * positions < outChannels * patch;
        };
    }
}
