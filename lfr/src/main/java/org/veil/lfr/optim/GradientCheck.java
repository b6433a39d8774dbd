package org.veil.lfr.optim;

import java.util.Objects;

/**
 * Compares an analytic gradient with central differences, (f(x + h e_i) − f(x − h e_i)) / 2h, whose error is
 * O(h²) (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., sect. 8.1, eq. 8.7). For tests of objectives.
 *
 * <p>Stateless and thread-safe (given a thread-safe f). Deterministic.
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /**
     * The largest error over the given coordinates, |analytic − numeric| / max(1, |analytic|, |numeric|):
     * absolute for small derivatives, relative for large ones.
     *
     * @param f           the function whose gradient is checked
     * @param x           the point (not changed)
     * @param step        the difference step h, finite and &gt; 0 (about 1e-5 to 1e-6 suits smooth f of unit scale)
     * @param coordinates indices in [0, x.length) to check
     */
    public static double maxRelativeError(DifferentiableFunction f, double[] x, double step, int[] coordinates) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(coordinates, "coordinates");
        if (!(step > 0 && step < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("step=" + step + ", allowed: > 0 and finite");
        }
        for (int c : coordinates) {
            if (c < 0 || c >= x.length) {
                throw new IllegalArgumentException("coordinate=" + c + ", allowed: [0, " + x.length + ")");
            }
        }
        double[] analytic = new double[x.length];
        double[] scratch = new double[x.length];
        f.valueAndGradient(x.clone(), analytic);
        double worst = 0;
        for (int c : coordinates) {
            double[] shifted = x.clone();
            double up = x[c] + step;
            double down = x[c] - step;
            shifted[c] = up;
            double plus = f.valueAndGradient(shifted, scratch);
            shifted[c] = down;
            double minus = f.valueAndGradient(shifted, scratch);
            // Central difference (N&W eq. 8.7), over the representable width up − down rather than 2h.
            double numeric = (plus - minus) / (up - down);
            double error = Math.abs(analytic[c] - numeric)
                    / Math.max(1.0, Math.max(Math.abs(analytic[c]), Math.abs(numeric)));
            // Math.max propagates NaN, so a non-finite f or gradient never passes.
            worst = Math.max(worst, error);
        }
        return worst;
    }
}
