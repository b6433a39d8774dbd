package org.veil.lfr.optim;

/** The few dense vector operations the optimiser needs. Stateless. */
final class Vectors {
    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm2(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double normInf(double[] a) {
        double max = 0;
        for (double v : a) {
            // Math.max propagates NaN, so a NaN gradient never passes a tolerance test.
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** out = x + alpha * d. */
    static void axpy(double[] x, double alpha, double[] d, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + alpha * d[i];
        }
    }

    /** out = a − b. */
    static void subtract(double[] a, double[] b, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
    }
}
