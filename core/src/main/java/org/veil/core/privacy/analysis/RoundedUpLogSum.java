package org.veil.core.privacy.analysis;

import java.util.Arrays;

/**
 * A sum of signed terms given in log space, evaluated with a bound on its floating-point error so
 * that the caller can round the result <em>up</em> and never report a value below the exact sum.
 *
 * <p>Terms arrive as (sign, log|term|, relative error bound of that term). {@link #log()} is a cheap
 * running estimate (for stopping rules); {@link #logRoundedUp()} rescales every term by the largest
 * one and adds them with Neumaier's compensated summation (error at most 2u|S| + O(n u^2) sum|t|,
 * Higham 2002, "Accuracy and Stability of Numerical Algorithms", section 4.3), then adds the error
 * bound: that rounding error plus the sum of |term| x its own relative error. Not thread-safe.
 */
final class RoundedUpLogSum {
    private static final double UNIT_ROUNDOFF = Math.ulp(1.0) / 2;

    private double[] logAbs = new double[64];
    private double[] relativeError = new double[64];
    private boolean[] positive = new boolean[64];
    private int size;
    private int summed;
    private double logPositive = Double.NEGATIVE_INFINITY;
    private double logNegative = Double.NEGATIVE_INFINITY;

    /**
     * @param isPositive the sign of the term
     * @param logAbsTerm log |term|
     * @param relError   a bound on |computed - exact| / |exact| for this term
     */
    void add(boolean isPositive, double logAbsTerm, double relError) {
        if (size == logAbs.length) {
            logAbs = Arrays.copyOf(logAbs, size * 2);
            relativeError = Arrays.copyOf(relativeError, size * 2);
            positive = Arrays.copyOf(positive, size * 2);
        }
        logAbs[size] = logAbsTerm;
        relativeError[size] = relError;
        positive[size] = isPositive;
        size++;
    }

    /** A running estimate of log(sum) (the sum must be positive); brings the running sums up to date lazily. */
    double log() {
        for (; summed < size; summed++) {
            if (positive[summed]) {
                logPositive = LogSpace.add(logPositive, logAbs[summed]);
            } else {
                logNegative = LogSpace.add(logNegative, logAbs[summed]);
            }
        }
        return LogSpace.sub(logPositive, logNegative);
    }

    /** log of an upper bound on the exact sum: the carefully computed sum plus its error bound. */
    double logRoundedUp() {
        double scale = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            scale = Math.max(scale, logAbs[i]);
        }
        double[] acc = new double[4]; // sum, compensation, sum of |t|, sum of |t| x relative error
        for (int i = 0; i < size; i++) {
            accumulate(acc, Math.exp(logAbs[i] - scale), positive[i], relativeError[i]);
        }
        double total = acc[0] + acc[1];
        double absSum = acc[2];
        double termErrors = acc[3];
        if (!(total > 0)) {
            throw new ArithmeticException("log-space sum is not positive: " + total);
        }
        // exp(logAbs - scale) itself carries ~2u relative error; the summation adds 2u|S| + 2n u^2 sum|t|.
        double error = termErrors + 2 * UNIT_ROUNDOFF * absSum + 2 * UNIT_ROUNDOFF * total
                + 2 * size * UNIT_ROUNDOFF * UNIT_ROUNDOFF * absSum;
        return scale + Math.log(total) + Math.log1p(error / total);
    }

    /** One step of Neumaier's compensated summation (kept small so the JIT compiles it early). */
    private static void accumulate(double[] acc, double t, boolean isPositive, double relError) {
        acc[2] += t;
        acc[3] += t * relError;
        double v = isPositive ? t : -t;
        double s = acc[0] + v; // Neumaier 1974: carry the low-order part lost by each addition
        acc[1] += Math.abs(acc[0]) >= Math.abs(v) ? (acc[0] - s) + v : (v - s) + acc[0];
        acc[0] = s;
    }

    /**
     * A bound on the relative error of exp(t) when t was computed by adding components whose
     * magnitudes sum to {@code sumOfComponentMagnitudes}, plus any error of the components themselves.
     */
    static double termRelativeError(double sumOfComponentMagnitudes, double extraRelativeError) {
        // exp(t + dt) = exp(t)(1 + dt + ...): an absolute error dt in the log is a relative error ~dt in the term.
        return 2 * UNIT_ROUNDOFF * (sumOfComponentMagnitudes + 1) + extraRelativeError;
    }
}
