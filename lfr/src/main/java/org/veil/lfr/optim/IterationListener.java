package org.veil.lfr.optim;

/** Observes the accepted iterates of {@link Lbfgs#minimize}; a hook for logging and early stopping. */
@FunctionalInterface
public interface IterationListener {
    /**
     * Called after each accepted iteration.
     *
     * @param iteration    1 for the first accepted step, then 2, 3, …
     * @param value        f at the new iterate
     * @param gradientNorm infinity norm of the gradient at the new iterate
     * @param x            a copy of the new iterate (the listener may keep it)
     * @return false to stop (reason {@link StopReason#STOPPED_BY_LISTENER}), true to go on
     */
    boolean onIteration(int iteration, double value, double gradientNorm, double[] x);
}
