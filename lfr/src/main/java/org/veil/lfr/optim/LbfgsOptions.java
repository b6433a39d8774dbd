package org.veil.lfr.optim;

/**
 * Settings of {@link Lbfgs}. The tolerances follow scipy's L-BFGS-B ({@code pgtol}, {@code ftol}) so that
 * numbers carry over. Immutable and thread-safe.
 *
 * @param memory            number m of (s, y) pairs kept (Nocedal &amp; Wright 2nd ed., sect. 7.2), in [1, 100];
 *                          default 10
 * @param maxIterations     accepted iterations at most, in [1, 10^8]; default 1000
 * @param maxEvaluations    evaluations of f (with gradient) at most, counting the one at x0, in [1, 10^9];
 *                          default 4000
 * @param gradientTolerance stop when ‖∇f‖∞ ≤ this, in [0, ∞) (0 disables); default 1e-5
 * @param relativeTolerance stop when (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ this, in [0, 1)
 *                          (0 stops only when f no longer decreases); default 1e-10
 */
public record LbfgsOptions(int memory, int maxIterations, int maxEvaluations, double gradientTolerance,
                           double relativeTolerance) {
    public static final int MAX_MEMORY = 100;
    public static final int MAX_ITERATIONS = 100_000_000;
    public static final int MAX_EVALUATIONS = 1_000_000_000;

    public LbfgsOptions {
        if (memory < 1 || memory > MAX_MEMORY) {
            throw new IllegalArgumentException("memory=" + memory + ", allowed: [1, " + MAX_MEMORY + "]");
        }
        if (maxIterations < 1 || maxIterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "maxIterations=" + maxIterations + ", allowed: [1, " + MAX_ITERATIONS + "]");
        }
        if (maxEvaluations < 1 || maxEvaluations > MAX_EVALUATIONS) {
            throw new IllegalArgumentException(
                    "maxEvaluations=" + maxEvaluations + ", allowed: [1, " + MAX_EVALUATIONS + "]");
        }
        if (!(gradientTolerance >= 0 && gradientTolerance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("gradientTolerance=" + gradientTolerance + ", allowed: [0, inf)");
        }
        if (!(relativeTolerance >= 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relativeTolerance=" + relativeTolerance + ", allowed: [0, 1)");
        }
    }

    /** The defaults: memory 10, 1000 iterations, 4000 evaluations, gradient 1e-5, relative 1e-10. */
    public LbfgsOptions() {
        this(10, 1000, 4000, 1e-5, 1e-10);
    }

    public LbfgsOptions withMemory(int newMemory) {
        return new LbfgsOptions(newMemory, maxIterations, maxEvaluations, gradientTolerance, relativeTolerance);
    }

    public LbfgsOptions withMaxIterations(int newMaxIterations) {
        return new LbfgsOptions(memory, newMaxIterations, maxEvaluations, gradientTolerance, relativeTolerance);
    }

    public LbfgsOptions withMaxEvaluations(int newMaxEvaluations) {
        return new LbfgsOptions(memory, maxIterations, newMaxEvaluations, gradientTolerance, relativeTolerance);
    }

    public LbfgsOptions withGradientTolerance(double newGradientTolerance) {
        return new LbfgsOptions(memory, maxIterations, maxEvaluations, newGradientTolerance, relativeTolerance);
    }

    public LbfgsOptions withRelativeTolerance(double newRelativeTolerance) {
        return new LbfgsOptions(memory, maxIterations, maxEvaluations, gradientTolerance, newRelativeTolerance);
    }
}
