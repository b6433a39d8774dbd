package org.veil.lfr.optim;

/** Standard test functions with analytic gradients and known minimisers. */
final class TestProblems {
    private TestProblems() {
    }

    /** Rosenbrock (1960): 100 (x1 − x0²)² + (1 − x0)², minimum 0 at (1, 1). */
    static double rosenbrock(double[] x, double[] g) {
        double a = x[1] - x[0] * x[0];
        double b = 1 - x[0];
        g[0] = -400 * x[0] * a - 2 * b;
        g[1] = 200 * a;
        return 100 * a * a + b * b;
    }

    /**
     * Extended Rosenbrock (Moré, Garbow &amp; Hillstrom 1981, ACM TOMS 7(1), problem 21), n even: the sum over
     * pairs (x_{2i}, x_{2i+1}) of 100 (x_{2i+1} − x_{2i}²)² + (1 − x_{2i})²; minimum 0 at all ones; standard
     * start (−1.2, 1, −1.2, 1, …).
     */
    static double extendedRosenbrock(double[] x, double[] g) {
        double sum = 0;
        for (int i = 0; i < x.length; i += 2) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            g[i] = -400 * x[i] * a - 2 * b;
            g[i + 1] = 200 * a;
            sum += 100 * a * a + b * b;
        }
        return sum;
    }

    static double[] extendedRosenbrockStart(int n) {
        double[] x0 = new double[n];
        for (int i = 0; i < n; i += 2) {
            x0[i] = -1.2;
            x0[i + 1] = 1.0;
        }
        return x0;
    }

    /** Σ (x_i − log x_i): minimum n at all ones; NaN for any x_i &lt; 0 (and +∞ at 0). */
    static double logBarrier(double[] x, double[] g) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            g[i] = 1 - 1 / x[i];
            sum += x[i] - Math.log(x[i]);
        }
        return sum;
    }

    /**
     * The convex quadratic ½ (x − x*)' A (x − x*) with A = tridiag(−1, 4, −1) scaled on the diagonal by
     * 1..n (symmetric, strictly diagonally dominant, hence positive definite): minimum 0 at x*.
     */
    static DifferentiableFunction quadratic(double[] minimiser) {
        int n = minimiser.length;
        return (x, g) -> {
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = x[i] - minimiser[i];
            }
            double value = 0;
            for (int i = 0; i < n; i++) {
                double ae = 4 * (i + 1) * e[i];
                if (i > 0) {
                    ae -= e[i - 1];
                }
                if (i < n - 1) {
                    ae -= e[i + 1];
                }
                g[i] = ae;
                value += 0.5 * e[i] * ae;
            }
            return value;
        };
    }
}
