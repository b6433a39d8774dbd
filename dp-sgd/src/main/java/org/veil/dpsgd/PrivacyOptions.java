package org.veil.dpsgd;

import java.util.Objects;

/**
 * The privacy side of DP-SGD's options.
 *
 * @param budget           σ directly, or a target ε to calibrate σ for; default target ε = 1
 * @param delta            δ of the guarantee, in (0, 0.1]; null for the default: the largest power of
 *                         ten strictly below 1/N and at most 1e-5 ({@link #defaultDelta(int)})
 * @param maxGradNorm      C, the clipping bound (L2 sensitivity of one example), in (0, 10^6]; default 1
 * @param perLayerClipping clip each layer's gradient to C/sqrt(layers) instead of the whole gradient to C
 *                         (same sensitivity C; McMahan et al. 2018, section 3); default false
 * @param accountant       the accountant that calibrates σ and gives the headline ε; default RDP
 * @param sampling         batch sampling; default Poisson (the only one with a certified ε)
 */
public record PrivacyOptions(NoiseBudget budget, Double delta, double maxGradNorm, boolean perLayerClipping,
        AccountantKind accountant, Sampling sampling) {

    public PrivacyOptions {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(accountant, "accountant");
        Objects.requireNonNull(sampling, "sampling");
        if (delta != null && !(delta > 0 && delta <= 0.1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: (0, 0.1]");
        }
        if (!(maxGradNorm > 0 && maxGradNorm <= 1e6)) {
            throw new IllegalArgumentException("maxGradNorm=" + maxGradNorm + ", allowed: (0, 1000000]");
        }
    }

    /** Target ε = 1, default δ, C = 1, flat clipping, RDP, Poisson sampling. */
    public PrivacyOptions() {
        this(new NoiseBudget.TargetEpsilon(1.0), null, 1.0, false, AccountantKind.RDP, Sampling.POISSON);
    }

    /**
     * The default δ for N training rows: the largest power of ten strictly below 1/N, capped at
     * 1e-5. A δ of 1/N or more permits mechanisms that publish a random record in the clear
     * (Dwork and Roth 2014, section 2.3), so Veil refuses it.
     */
    public static double defaultDelta(int rows) {
        int exponent = (int) Math.floor(Math.log10(1.0 / rows));
        double p = Double.parseDouble("1e" + exponent);
        if (p >= 1.0 / rows) {
            p = Double.parseDouble("1e" + (exponent - 1));
        }
        return Math.min(1e-5, p);
    }

    /** δ for N rows: the given one, or {@link #defaultDelta(int)}. */
    public double deltaFor(int rows) {
        return delta != null ? delta : defaultDelta(rows);
    }

    public PrivacyOptions withBudget(NoiseBudget newBudget) {
        return new PrivacyOptions(newBudget, delta, maxGradNorm, perLayerClipping, accountant, sampling);
    }

    public PrivacyOptions withDelta(Double newDelta) {
        return new PrivacyOptions(budget, newDelta, maxGradNorm, perLayerClipping, accountant, sampling);
    }

    public PrivacyOptions withMaxGradNorm(double newMaxGradNorm) {
        return new PrivacyOptions(budget, delta, newMaxGradNorm, perLayerClipping, accountant, sampling);
    }

    public PrivacyOptions withPerLayerClipping(boolean newPerLayer) {
        return new PrivacyOptions(budget, delta, maxGradNorm, newPerLayer, accountant, sampling);
    }

    public PrivacyOptions withAccountant(AccountantKind newAccountant) {
        return new PrivacyOptions(budget, delta, maxGradNorm, perLayerClipping, newAccountant, sampling);
    }

    public PrivacyOptions withSampling(Sampling newSampling) {
        return new PrivacyOptions(budget, delta, maxGradNorm, perLayerClipping, accountant, newSampling);
    }
}
