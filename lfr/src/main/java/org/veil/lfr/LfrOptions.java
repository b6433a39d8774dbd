package org.veil.lfr;

import java.util.Objects;
import org.veil.lfr.model.LossWeights;

/**
 * Hyper-parameters of an LFR fit (Zemel et al. 2013, Section 2 and 3).
 *
 * @param prototypes         k, the number of prototypes, in [2, 1000]
 * @param weights            Ax, Ay, Az of L = Az·Lz + Ax·Lx + Ay·Ly (eq. 1)
 * @param mode               the paper's objective or AIF360's
 * @param restarts           random restarts, in [1, 100]; the one with the lowest validation loss is kept
 * @param maxIterations      L-BFGS iterations per restart, in [1, 100000]
 * @param validationFraction share of the training rows held out for early stopping and the choice of
 *                           restart, in [0, 0.5); 0 uses the training loss for both and stops only on
 *                           convergence or {@code maxIterations}
 * @param patience           early stopping: validation checks (every 10 iterations) without improvement
 *                           before a restart stops, in [1, 1000]
 */
public record LfrOptions(int prototypes, LossWeights weights, LfrMode mode, int restarts, int maxIterations,
        double validationFraction, int patience) {
    /** Iterations between two validation checks. */
    public static final int CHECK_EVERY = 10;

    public LfrOptions {
        range("prototypes", prototypes, 2, 1000);
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(mode, "mode");
        range("restarts", restarts, 1, 100);
        range("maxIterations", maxIterations, 1, 100_000);
        if (!(validationFraction >= 0 && validationFraction < 0.5)) {
            throw new IllegalArgumentException("validationFraction=" + validationFraction + ", allowed: [0, 0.5)");
        }
        range("patience", patience, 1, 1000);
    }

    /** k = 10, Ax 0.01, Ay 1, Az 50, the paper's model, 3 restarts of at most 500 iterations, 10% validation. */
    public LfrOptions() {
        this(10, new LossWeights(0.01, 1.0, 0.5), LfrMode.PAPER, 2, 150, 0.1, 10);
    }

    public LfrOptions withPrototypes(int k) {
        return new LfrOptions(k, weights, mode, restarts, maxIterations, validationFraction, patience);
    }

    public LfrOptions withWeights(LossWeights w) {
        return new LfrOptions(prototypes, w, mode, restarts, maxIterations, validationFraction, patience);
    }

    public LfrOptions withMode(LfrMode m) {
        return new LfrOptions(prototypes, weights, m, restarts, maxIterations, validationFraction, patience);
    }

    public LfrOptions withRestarts(int r) {
        return new LfrOptions(prototypes, weights, mode, r, maxIterations, validationFraction, patience);
    }

    public LfrOptions withMaxIterations(int it) {
        return new LfrOptions(prototypes, weights, mode, restarts, it, validationFraction, patience);
    }

    public LfrOptions withValidationFraction(double f) {
        return new LfrOptions(prototypes, weights, mode, restarts, maxIterations, f, patience);
    }

    private static void range(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + "=" + v + ", allowed: [" + lo + ", " + hi + "]");
        }
    }
}
