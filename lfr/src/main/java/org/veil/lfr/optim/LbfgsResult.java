package org.veil.lfr.optim;

import java.util.Objects;

/**
 * Outcome of {@link Lbfgs#minimize}: the last accepted iterate and why the search stopped. The array is copied
 * on the way in and out, so the record is immutable (its {@code equals} compares the array by reference).
 *
 * @param x            the last accepted iterate (x0 if no step was accepted)
 * @param value        f(x)
 * @param gradientNorm ‖∇f(x)‖∞
 * @param iterations   accepted iterations
 * @param evaluations  evaluations of f, including the one at x0 and those of failed line searches
 * @param reason       why it stopped
 */
public record LbfgsResult(double[] x, double value, double gradientNorm, int iterations, int evaluations,
                          StopReason reason) {
    public LbfgsResult {
        x = Objects.requireNonNull(x, "x").clone();
        Objects.requireNonNull(reason, "reason");
    }

    /** A copy of the final iterate. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /**
     * True when a tolerance was met: {@link StopReason#GRADIENT_TOLERANCE} or {@link StopReason#RELATIVE_TOLERANCE}.
     */
    public boolean converged() {
        return reason == StopReason.GRADIENT_TOLERANCE || reason == StopReason.RELATIVE_TOLERANCE;
    }
}
