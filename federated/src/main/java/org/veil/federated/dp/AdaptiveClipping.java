package org.veil.federated.dp;

/**
 * Adaptive clipping to a quantile of the update norms (Andrew, Thakkar, McMahan and Ramaswamy 2021,
 * "Differentially Private Learning with Adaptive Clipping", NeurIPS, Alg. 1 and §3), with the
 * defaults the paper uses throughout its experiments, so results are comparable: target quantile
 * γ = 0.5, clip learning rate η_C = 0.2 (geometric update), count noise σ_b = m/20 for an expected
 * cohort of m clients, initial clip C_0 = 0.1.
 *
 * <p>Each round every client reports b_i = 1 when ‖Δ_i‖ ≤ C (centred to b_i − ½, so one client
 * changes the sum by at most ½); the server releases b̄ = ½ + (Σ(b_i − ½) + N(0, σ_b²))/m and sets
 * C ← C·exp(−η_C (b̄ − γ)) (§3, geometric update). Privacy (§3, Theorem 1): the update sum with noise
 * multiplier σ_Δ and the count with σ_b together equal one Gaussian mechanism of noise multiplier
 * z = (σ_Δ^−2 + (2σ_b)^−2)^−½, so for the accounted z the update noise is σ_Δ = (z^−2 − (2σ_b)^−2)^−½.
 *
 * @param targetQuantile    γ, in (0, 1)
 * @param clipLearningRate  η_C, in (0, 10]
 * @param countNoiseDivisor the count noise is σ_b = m / countNoiseDivisor; in (0, 10 000]
 */
public record AdaptiveClipping(double targetQuantile, double clipLearningRate, double countNoiseDivisor) {

    /** Andrew et al. 2021, §5: σ_b = m/20. */
    public static final double DEFAULT_COUNT_NOISE_DIVISOR = 20;
    /** Andrew et al. 2021, §5: initial clip 0.1. */
    public static final double DEFAULT_INITIAL_CLIP = 0.1;

    public AdaptiveClipping {
        if (!(targetQuantile > 0 && targetQuantile < 1)) {
            throw new IllegalArgumentException("targetQuantile=" + targetQuantile + ", allowed: (0, 1)");
        }
        if (!(clipLearningRate > 0 && clipLearningRate <= 10)) {
            throw new IllegalArgumentException("clipLearningRate=" + clipLearningRate + ", allowed: (0, 10]");
        }
        if (!(countNoiseDivisor > 0 && countNoiseDivisor <= 10_000)) {
            throw new IllegalArgumentException("countNoiseDivisor=" + countNoiseDivisor + ", allowed: (0, 10000]");
        }
    }

    /** γ = 0.5, η_C = 0.2, σ_b = m/20 (Andrew et al. 2021, §5). */
    public AdaptiveClipping() {
        this(0.5, 0.2, DEFAULT_COUNT_NOISE_DIVISOR);
    }

    /** σ_b for an expected cohort of {@code expectedClients}. */
    public double countNoise(double expectedClients) {
        return expectedClients / countNoiseDivisor;
    }

    /**
     * σ_Δ such that the update sum and the clipped count together spend noise multiplier {@code z}
     * (Theorem 1).
     *
     * @throws IllegalArgumentException when 2σ_b ≤ z (the count alone would spend more than z)
     */
    public double updateNoiseMultiplier(double z, double expectedClients) {
        double sb = countNoise(expectedClients);
        if (!(2 * sb > z)) {
            throw new IllegalArgumentException("adaptive clipping needs 2 x count noise > noise multiplier: sigma_b="
                    + sb + " (expected clients " + expectedClients + " / " + countNoiseDivisor + "), z=" + z
                    + "; allowed: more expected clients per round or a smaller countNoiseDivisor");
        }
        return 1 / Math.sqrt(1 / (z * z) - 1 / (4 * sb * sb)); // Theorem 1, solved for sigma_Delta
    }

    /**
     * The next clip norm from the noisy centred count {@code noisyCentredSum} = Σ(b_i − ½) + N(0, σ_b²).
     */
    public double nextClip(double clip, double noisyCentredSum, double expectedClients) {
        double bBar = 0.5 + noisyCentredSum / expectedClients;               // §3: estimated unclipped fraction
        return clip * Math.exp(-clipLearningRate * (bBar - targetQuantile)); // §3: geometric update
    }
}
