package org.veil.lfr.optim;

/**
 * A function f: R^n → R with its gradient, evaluated together because the LFR objective shares most of the
 * work between them.
 */
@FunctionalInterface
public interface DifferentiableFunction {
    /**
     * Evaluates f(x) and writes ∇f(x) into {@code gradient} (same length as {@code x}). Must not keep references
     * to {@code x} or {@code gradient}, nor change {@code x}. May return NaN or ±Infinity where f is undefined or
     * overflows: the line search then backtracks.
     *
     * @param x        the point (read only)
     * @param gradient receives ∇f(x)
     * @return f(x)
     */
    double valueAndGradient(double[] x, double[] gradient);
}
