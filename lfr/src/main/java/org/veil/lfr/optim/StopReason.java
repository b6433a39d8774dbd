package org.veil.lfr.optim;

/** Why {@link Lbfgs#minimize} returned. The first two mean convergence ({@link LbfgsResult#converged()}). */
public enum StopReason {
    /** The infinity norm of the gradient fell to {@link LbfgsOptions#gradientTolerance()} or below. */
    GRADIENT_TOLERANCE,
    /** The relative decrease of f in one iteration fell to {@link LbfgsOptions#relativeTolerance()} or below. */
    RELATIVE_TOLERANCE,
    /** {@link LbfgsOptions#maxIterations()} iterations were accepted. */
    MAX_ITERATIONS,
    /** {@link LbfgsOptions#maxEvaluations()} evaluations of f were spent. */
    MAX_EVALUATIONS,
    /** No step satisfying the strong Wolfe conditions was found, even along steepest descent. */
    LINE_SEARCH_FAILED,
    /** The {@link IterationListener} returned false. */
    STOPPED_BY_LISTENER
}
