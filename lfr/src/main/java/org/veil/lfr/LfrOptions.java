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
 * @param parityTarget       NaN: keep the parameters with the lowest validation loss; a value t in (0, 1):
 *                           among all checks of all restarts keep the parameters whose label head has the
 *                           highest validation accuracy with |statistical parity difference| ≤ t (or, if none
 *                           does, the smallest |SPD|); needs validationFraction &gt; 0
 */
public record LfrOptions(int prototypes, LossWeights weights, LfrMode mode, int restarts, int maxIterations,
        double validationFraction, int patience, double parityTarget) {
    /** Default k. */
    public static final int DEFAULT_PROTOTYPES = 10;
    /** Default Ax. */
    public static final double DEFAULT_AX = 0.01;
    /** Default Ay. */
    public static final double DEFAULT_AY = 1.0;
    /** Default Az: on Adult (paper mode) it gives |SPD| about 0.03 at about 80% accuracy (docs/lfr.md). */
    public static final double DEFAULT_AZ = 0.5;
    /** Default restarts. */
    public static final int DEFAULT_RESTARTS = 2;
    /** Default L-BFGS iterations per restart. */
    public static final int DEFAULT_MAX_ITERATIONS = 150;
    /** Default validation share. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;
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
        if (!Double.isNaN(parityTarget) && !(parityTarget > 0 && parityTarget < 1)) {
            throw new IllegalArgumentException("parityTarget=" + parityTarget + ", allowed: (0, 1) or NaN (off)");
        }
        if (!Double.isNaN(parityTarget) && validationFraction == 0) {
            throw new IllegalArgumentException("parityTarget=" + parityTarget + " needs validationFraction > 0 "
                    + "(the parity of each candidate is measured on held-out rows)");
        }
    }

    /** Whether parameters are chosen by a parity target rather than by validation loss. */
    public boolean selectsByParity() {
        return !Double.isNaN(parityTarget);
    }

    /** k = 10, Ax 0.01, Ay 1, Az 0.5, the paper's model, 2 restarts of at most 150 iterations, 10% validation. */
    public LfrOptions() {
        this(DEFAULT_PROTOTYPES, new LossWeights(DEFAULT_AX, DEFAULT_AY, DEFAULT_AZ), LfrMode.PAPER, DEFAULT_RESTARTS,
                DEFAULT_MAX_ITERATIONS, DEFAULT_VALIDATION_FRACTION, 10, Double.NaN);
    }

    public LfrOptions withPrototypes(int k) {
        return new LfrOptions(k, weights, mode, restarts, maxIterations, validationFraction, patience, parityTarget);
    }

    public LfrOptions withWeights(LossWeights w) {
        return new LfrOptions(prototypes, w, mode, restarts, maxIterations, validationFraction, patience, parityTarget);
    }

    public LfrOptions withMode(LfrMode m) {
        return new LfrOptions(prototypes, weights, m, restarts, maxIterations, validationFraction, patience, parityTarget);
    }

    public LfrOptions withRestarts(int r) {
        return new LfrOptions(prototypes, weights, mode, r, maxIterations, validationFraction, patience, parityTarget);
    }

    public LfrOptions withMaxIterations(int it) {
        return new LfrOptions(prototypes, weights, mode, restarts, it, validationFraction, patience, parityTarget);
    }

    public LfrOptions withValidationFraction(double f) {
        return new LfrOptions(prototypes, weights, mode, restarts, maxIterations, f, patience, parityTarget);
    }

    public LfrOptions withParityTarget(double t) {
        return new LfrOptions(prototypes, weights, mode, restarts, maxIterations, validationFraction, patience, t);
    }

    private static void range(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + "=" + v + ", allowed: [" + lo + ", " + hi + "]");
        }
    }
}
