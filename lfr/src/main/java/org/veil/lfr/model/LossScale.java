package org.veil.lfr.model;

import org.veil.lfr.LfrMode;

/**
 * The normalising constants of each loss term, which differ between the two modes of {@link LfrMode}.
 *
 * <p>PAPER: Lx = (1/N) Σ_n ‖x̂_n − x_n‖² (eq. 5 averaged over rows), Ly = (1/N) Σ_n ℓ_n (eq. 7 averaged),
 * Lz = Σ_k |M̄⁺_k − M̄⁻_k| (eq. 4). AIF360: Lx = Σ_g mean over the N_g·d entries of side g of
 * (x̂ − x)², Ly the same mean, Lz = (1/k) Σ_k |M̄⁺_k − M̄⁻_k|. Immutable.
 */
final class LossScale {
    private final LossWeights weights;
    private final ParameterLayout layout;
    private final LfrMode mode;
    private final double rows;
    private final double privRows;
    private final double unprivRows;
    private final double features;
    private final double prototypes;

    LossScale(LfrProblem data, ParameterLayout layout, LossWeights weights, LfrMode mode) {
        this.weights = weights;
        this.layout = layout;
        this.mode = mode;
        this.rows = data.rows();
        this.privRows = data.privilegedRows();
        this.unprivRows = rows - privRows;
        this.features = layout.features();
        this.prototypes = layout.prototypes();
    }

    /** Factor f_n with Lx = Σ_n f_n ‖x̂_n − x_n‖² for a row on the given side. */
    double reconstructionFactor(boolean privileged) {
        if (mode == LfrMode.PAPER) {
            return 1.0 / rows;
        }
        return 1.0 / ((privileged ? privRows : unprivRows) * features);
    }

    /** dL/dM_nk from the parity term, before the sign of the gap: ±Az·c/N_side. */
    double parityFactor(boolean privileged) {
        double c = mode == LfrMode.PAPER ? 1.0 : 1.0 / prototypes;
        return weights.az() * c * (privileged ? 1.0 / privRows : -1.0 / unprivRows);
    }

    /** dL/dℓ_n: Ay/N. */
    double labelFactor() {
        return weights.ay() / rows;
    }

    ParameterLayout layout() {
        return layout;
    }

    double ax() {
        return weights.ax();
    }

    LossTerms terms(ForwardPass.Sums s) {
        double lx = s.reconstructionPrivileged() * reconstructionFactor(true)
                + s.reconstructionUnprivileged() * reconstructionFactor(false);
        double ly = s.logLoss() / rows;
        double lz = 0;
        for (int k = 0; k < prototypes; k++) {
            lz += Math.abs(s.privilegedMean(k) - s.unprivilegedMean(k));
        }
        if (mode == LfrMode.AIF360) {
            lz /= prototypes;
        }
        double total = weights.az() * lz + weights.ax() * lx + weights.ay() * ly;
        return new LossTerms(lx, ly, lz, total);
    }
}
