package org.veil.core.privacy.analysis.pld;

/**
 * Neumaier's compensated summation (Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation
 * endlicher Summen"), used wherever many small masses are added. Mutable: one instance per sum, not
 * thread-safe; the static {@link #sum(double[])} is.
 */
final class Summation {
    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        // Neumaier 1974: keep the low-order bits lost by whichever operand is smaller
        compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }

    double value() {
        return sum + compensation;
    }

    static double sum(double[] values) {
        Summation s = new Summation();
        for (double v : values) {
            s.add(v);
        }
        return s.value();
    }
}
