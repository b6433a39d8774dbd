package org.veil.lfr.optim;

/**
 * The state of one minimisation: the L-BFGS iteration of Nocedal &amp; Wright, Numerical Optimization, 2nd ed.,
 * Alg. 7.5, with a strong-Wolfe line search and the stopping rules of {@link LbfgsOptions}.
 *
 * <p>Not thread-safe: {@link Lbfgs#minimize} makes a fresh run per call. Deterministic.
 */
final class LbfgsRun {
    private final LbfgsOptions options;
    private final DifferentiableFunction f;
    private final LbfgsHistory history;
    private final WolfeLineSearch lineSearch;
    private final double[] x;
    private final double[] gradient;
    private final double[] direction;
    private final double[] s;
    private final double[] y;
    private double value;
    private double previousValue;
    private double gradientNorm;
    private int iterations;
    private int evaluations;

    LbfgsRun(LbfgsOptions options, DifferentiableFunction f, double[] x0) {
        int n = x0.length;
        this.options = options;
        this.f = f;
        this.history = new LbfgsHistory(options.memory(), n);
        this.lineSearch = new WolfeLineSearch(f, n);
        this.x = x0.clone();
        this.gradient = new double[n];
        this.direction = new double[n];
        this.s = new double[n];
        this.y = new double[n];
    }

    LbfgsResult run(IterationListener listener) {
        value = f.valueAndGradient(x, gradient);
        evaluations = 1;
        gradientNorm = Vectors.normInf(gradient);
        if (!Double.isFinite(value) || !Double.isFinite(gradientNorm)) {
            throw new IllegalArgumentException("f(x0)=" + value + ", |grad f(x0)|_inf=" + gradientNorm
                    + ", allowed: finite value and gradient at the starting point");
        }
        if (gradientNorm <= options.gradientTolerance()) {
            return result(StopReason.GRADIENT_TOLERANCE);
        }
        if (evaluations >= options.maxEvaluations()) {
            return result(StopReason.MAX_EVALUATIONS);
        }
        while (true) {
            StopReason stop = step(false);
            if (stop == null) {
                iterations++;
                boolean goOn = listener == null
                        || listener.onIteration(iterations, value, gradientNorm, x.clone());
                stop = afterIteration(goOn);
            }
            if (stop != null) {
                return result(stop);
            }
        }
    }

    /**
     * One iteration of N&amp;W Alg. 7.5: direction, line search, history update. A failed search along an L-BFGS
     * direction is retried once along steepest descent with the history cleared.
     *
     * @return why to stop, or null when a step was accepted
     */
    private StopReason step(boolean retry) {
        history.direction(gradient, direction);
        double slope = Vectors.dot(gradient, direction);
        if (!(slope < 0)) {
            // Not a descent direction (rounding, or a nearly singular H): restart from steepest descent.
            history.clear();
            history.direction(gradient, direction);
        }
        boolean steepest = history.size() == 0;
        // alpha_0 = 1 for quasi-Newton steps (N&W sect. 3.5); a steepest-descent step starts at length ≤ 1,
        // as L-BFGS-B does on its first iteration.
        double alpha0 = steepest ? Math.min(1.0, 1.0 / Vectors.norm2(direction)) : 1.0;
        WolfeLineSearch.Status status = lineSearch.search(x, value, gradient, direction, alpha0,
                options.maxEvaluations() - evaluations);
        evaluations += lineSearch.evaluations();
        switch (status) {
            case ACCEPTED:
                acceptStep();
                return null;
            case OUT_OF_EVALUATIONS:
                return StopReason.MAX_EVALUATIONS;
            default:
                if (steepest || retry) {
                    return StopReason.LINE_SEARCH_FAILED;
                }
                history.clear();
                return step(true);
        }
    }

    private void acceptStep() {
        double[] newX = lineSearch.point();
        double[] newGradient = lineSearch.gradient();
        // s_k = x_{k+1} − x_k, y_k = ∇f_{k+1} − ∇f_k (N&W eq. 6.5); pairs failing s'y > 0 are skipped.
        Vectors.subtract(newX, x, s);
        Vectors.subtract(newGradient, gradient, y);
        history.add(s, y);
        System.arraycopy(newX, 0, x, 0, x.length);
        System.arraycopy(newGradient, 0, gradient, 0, gradient.length);
        previousValue = value;
        value = lineSearch.value();
        gradientNorm = Vectors.normInf(gradient);
    }

    /** The stopping tests after an accepted iteration; convergence wins over the listener and the limits. */
    private StopReason afterIteration(boolean listenerGoesOn) {
        if (gradientNorm <= options.gradientTolerance()) {
            return StopReason.GRADIENT_TOLERANCE;
        }
        // (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ ftol, the relative-reduction test of scipy's L-BFGS-B.
        double scale = Math.max(Math.max(Math.abs(previousValue), Math.abs(value)), 1.0);
        if ((previousValue - value) / scale <= options.relativeTolerance()) {
            return StopReason.RELATIVE_TOLERANCE;
        }
        if (!listenerGoesOn) {
            return StopReason.STOPPED_BY_LISTENER;
        }
        if (iterations >= options.maxIterations()) {
            return StopReason.MAX_ITERATIONS;
        }
        if (evaluations >= options.maxEvaluations()) {
            return StopReason.MAX_EVALUATIONS;
        }
        return null;
    }

    private LbfgsResult result(StopReason reason) {
        return new LbfgsResult(x, value, gradientNorm, iterations, evaluations, reason);
    }
}
