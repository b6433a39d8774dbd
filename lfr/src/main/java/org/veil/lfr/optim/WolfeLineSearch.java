package org.veil.lfr.optim;

/**
 * Line search for a step length α along a descent direction d that satisfies the strong Wolfe conditions
 * (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., eq. 3.7): bracketing (Alg. 3.5) then zoom (Alg. 3.6)
 * with safeguarded cubic interpolation (eq. 3.59). Points where f or its gradient is not finite count as "too
 * far": the search backtracks from them by bisection.
 *
 * <p>Not thread-safe: one instance (it owns the trial buffers) belongs to one run of {@link Lbfgs#minimize}.
 * Deterministic.
 */
final class WolfeLineSearch {
    /** Sufficient-decrease constant c1 (N&amp;W sect. 3.1, typical value). */
    static final double C1 = 1e-4;
    /** Curvature constant c2 for quasi-Newton directions (N&amp;W sect. 3.1: 0.9). */
    static final double C2 = 0.9;
    /** Evaluations one search may spend before it gives up (enough to bisect 2^-40 into a bracket). */
    static final int MAX_EVALUATIONS_PER_SEARCH = 50;
    /** Largest step tried while bracketing (the value L-BFGS-B uses, stpmx). */
    static final double ALPHA_MAX = 1e10;
    /** A bracket narrower than this, relative to its end, can no longer be split in floating point. */
    private static final double MIN_RELATIVE_WIDTH = 1e-15;

    enum Status { ACCEPTED, FAILED, OUT_OF_EVALUATIONS }

    /** φ(α) = f(x + αd) and φ'(α) = ∇f(x + αd)'d at one trial α. */
    private record Sample(double alpha, double phi, double dphi) {
        boolean finite() {
            return Double.isFinite(phi) && Double.isFinite(dphi);
        }
    }

    private final DifferentiableFunction f;
    private final double[] trialX;
    private final double[] trialGradient;
    private double[] x;
    private double[] d;
    private double phi0;
    private double dphi0;
    private int budget;
    private int evaluations;
    private boolean budgetExhausted;
    private Sample accepted;

    WolfeLineSearch(DifferentiableFunction f, int dimension) {
        this.f = f;
        this.trialX = new double[dimension];
        this.trialGradient = new double[dimension];
    }

    /**
     * Searches along d from x. After {@link Status#ACCEPTED}, {@link #point()}, {@link #gradient()},
     * {@link #value()} and {@link #alpha()} describe the accepted point.
     *
     * @param value0    f(x)
     * @param gradient0 ∇f(x)
     * @param alpha0    first trial step (1 for quasi-Newton directions, N&amp;W sect. 3.5)
     * @param maxEvals  evaluations left in the caller's budget
     */
    Status search(double[] x0, double value0, double[] gradient0, double[] direction, double alpha0,
                  int maxEvals) {
        this.x = x0;
        this.d = direction;
        this.phi0 = value0;
        this.dphi0 = Vectors.dot(gradient0, direction);
        this.budget = maxEvals;
        this.evaluations = 0;
        this.budgetExhausted = false;
        this.accepted = null;
        return bracket(Math.min(alpha0, ALPHA_MAX));
    }

    int evaluations() {
        return evaluations;
    }

    double alpha() {
        return accepted.alpha();
    }

    double value() {
        return accepted.phi();
    }

    /** The accepted point; a buffer that the next search overwrites. */
    double[] point() {
        return trialX;
    }

    /** The gradient at the accepted point; a buffer that the next search overwrites. */
    double[] gradient() {
        return trialGradient;
    }

    /** Bracketing phase (N&amp;W Alg. 3.5). */
    private Status bracket(double firstAlpha) {
        Sample previous = new Sample(0, phi0, dphi0);
        double alpha = firstAlpha;
        for (int i = 1; ; i++) {
            Sample current = evaluate(alpha);
            if (current == null) {
                return outOfEvaluations();
            }
            if (!current.finite() || !sufficientDecrease(current) || (i > 1 && current.phi() >= previous.phi())) {
                return zoom(previous, current);
            }
            if (curvatureHolds(current)) {
                return accept(current);
            }
            if (current.dphi() >= 0) {
                return zoom(current, previous);
            }
            if (current.alpha() >= ALPHA_MAX) {
                return Status.FAILED;
            }
            alpha = Math.min(extrapolate(previous, current), ALPHA_MAX);
            previous = current;
        }
    }

    /** Zoom phase (N&amp;W Alg. 3.6): lo satisfies sufficient decrease with the lowest φ seen; hi is the far end. */
    private Status zoom(Sample lo, Sample hi) {
        while (true) {
            if (Math.abs(hi.alpha() - lo.alpha()) <= MIN_RELATIVE_WIDTH * Math.max(lo.alpha(), hi.alpha())) {
                return Status.FAILED;
            }
            Sample current = evaluate(interpolate(lo, hi));
            if (current == null) {
                return outOfEvaluations();
            }
            if (!current.finite() || !sufficientDecrease(current) || current.phi() >= lo.phi()) {
                hi = current;
                continue;
            }
            if (curvatureHolds(current)) {
                return accept(current);
            }
            if (current.dphi() * (hi.alpha() - lo.alpha()) >= 0) {
                hi = lo;
            }
            lo = current;
        }
    }

    private boolean sufficientDecrease(Sample sample) {
        // f(x + αd) ≤ f(x) + c1 α ∇f'd (N&W eq. 3.7a).
        return sample.phi() <= phi0 + C1 * sample.alpha() * dphi0;
    }

    private boolean curvatureHolds(Sample sample) {
        // |∇f(x + αd)'d| ≤ c2 |∇f'd| (N&W eq. 3.7b).
        return Math.abs(sample.dphi()) <= -C2 * dphi0;
    }

    private Sample evaluate(double alpha) {
        if (evaluations >= budget) {
            budgetExhausted = true;
            return null;
        }
        if (evaluations >= MAX_EVALUATIONS_PER_SEARCH) {
            return null;
        }
        Vectors.axpy(x, alpha, d, trialX);
        evaluations++;
        double phi = f.valueAndGradient(trialX, trialGradient);
        return new Sample(alpha, phi, Vectors.dot(trialGradient, d));
    }

    private Status outOfEvaluations() {
        return budgetExhausted ? Status.OUT_OF_EVALUATIONS : Status.FAILED;
    }

    private Status accept(Sample sample) {
        accepted = sample;
        return Status.ACCEPTED;
    }

    /** A trial step inside the bracket: the cubic's minimiser kept 10% away from both ends, else the midpoint. */
    private static double interpolate(Sample lo, Sample hi) {
        double a = Math.min(lo.alpha(), hi.alpha());
        double b = Math.max(lo.alpha(), hi.alpha());
        double midpoint = a + 0.5 * (b - a);
        if (!hi.finite()) {
            return midpoint;
        }
        double cubic = CubicStep.minimizer(lo.alpha(), lo.phi(), lo.dphi(), hi.alpha(), hi.phi(), hi.dphi());
        if (!(cubic > a && cubic < b)) {
            return midpoint;
        }
        // Safeguard: stay 0.1·width inside the bracket so that it shrinks geometrically (N&W sect. 3.5).
        return Math.min(Math.max(cubic, a + 0.1 * (b - a)), b - 0.1 * (b - a));
    }

    /** The next bracketing step past {@code current}: the cubic's minimiser kept within [1.1, 4] step widths. */
    private static double extrapolate(Sample previous, Sample current) {
        double width = current.alpha() - previous.alpha();
        double low = current.alpha() + 1.1 * width;
        double high = current.alpha() + 4.0 * width;
        double cubic = CubicStep.minimizer(previous.alpha(), previous.phi(), previous.dphi(),
                current.alpha(), current.phi(), current.dphi());
        // Extrapolation bounds xtrapl = 1.1, xtrapu = 4 of MINPACK-2 dcsrch (Moré & Thuente 1994).
        return Double.isFinite(cubic) && cubic > low ? Math.min(cubic, high) : high;
    }
}
