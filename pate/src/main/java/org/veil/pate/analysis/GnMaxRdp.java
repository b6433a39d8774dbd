package org.veil.pate.analysis;

import org.veil.core.privacy.analysis.AggregatorRdp;
import org.veil.core.privacy.analysis.LogSpace;
import org.veil.core.privacy.analysis.NormalTail;

/**
 * RDP of one GNMax answer (Papernot et al. 2018, "Scalable private learning with PATE", section 4):
 * the union bound on the probability of a non-plurality answer (Proposition 7), the data-independent
 * bound alpha / sigma^2 (Proposition 8) and the data-dependent bound of Theorem 6 with the orders
 * mu1, mu2 of Proposition 10, used only where all of its conditions hold and never above the
 * data-independent bound.
 *
 * <p>Probabilities are handled as natural logarithms ({@code logQ}) so that q = e^-800 is not 0.
 * Stateless and thread-safe; no randomness.
 */
public final class GnMaxRdp {
    private static final double SQRT2 = Math.sqrt(2);

    private GnMaxRdp() {
    }

    /**
     * log q~, an upper bound on log Pr[GNMax(counts) != argmax counts] (2018, Proposition 7):
     * q~ = sum over j != i* of Pr[N(0, 2 sigma^2) &gt;= n_i* - n_j], capped at 1 - 1/m.
     *
     * @param counts the vote histogram (m &gt;= 2 classes); ties pick the first plurality class
     */
    public static double logQ(double[] counts, double sigma) {
        int top = argmax(counts);
        double sum = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < counts.length; j++) {
            if (j != top) {
                // 2018, Prop 7: Pr[n_j + Z_j >= n_i* + Z_i*] = Q((n_i* - n_j) / (sqrt 2 sigma)), union over j
                sum = LogSpace.add(sum, NormalTail.logSurvival((counts[top] - counts[j]) / (SQRT2 * sigma)));
            }
        }
        return Math.min(sum, Math.log1p(-1.0 / counts.length)); // 2018, Prop 7: q <= 1 - 1/m
    }

    /** {@link #logQ(double[], double)} for integer counts. */
    public static double logQ(int[] counts, double sigma) {
        double[] c = new double[counts.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = counts[j];
        }
        return logQ(c, sigma);
    }

    /** The data-independent bound alpha / sigma^2 (2018, Proposition 8). */
    public static double dataIndependent(double sigma, double order) {
        return AggregatorRdp.gnMax(sigma, order); // 2018, Prop 8
    }

    /**
     * The data-dependent RDP at each order: Theorem 6 (2018) with Proposition 10's mu1, mu2 where its
     * conditions hold, else (and wherever it is larger) the data-independent alpha / sigma^2.
     *
     * @param logQ log q~, in [-Infinity, 0]; -Infinity (a fixed outcome) costs 0
     */
    public static double[] dataDependent(double logQ, double sigma, double[] orders) {
        double[] out = new double[orders.length];
        Theorem6 bound = Theorem6.at(logQ, sigma);
        for (int i = 0; i < orders.length; i++) {
            out[i] = bound.rdp(orders[i]);
        }
        return out;
    }

    /** {@link #dataDependent(double, double, double[])} at one order. */
    public static double dataDependent(double logQ, double sigma, double order) {
        return Theorem6.at(logQ, sigma).rdp(order);
    }

    /**
     * Theorem 6's expression at log q with Proposition 10's mu1, mu2, without checking its conditions
     * and without the data-independent cap: the function whose crossing with alpha / sigma^2 defines q0
     * (2018, Appendix B) and whose monotonicity conditions C5 and C6 refer to.
     */
    static double theorem6Raw(double logQ, double sigma, double order) {
        return Theorem6.at(logQ, sigma).raw(order);
    }

    /** Whether all of Theorem 6's conditions (with Proposition 10's mu1, mu2) hold at (log q, sigma, order). */
    static boolean theorem6Applies(double logQ, double sigma, double order) {
        Theorem6 t = Theorem6.at(logQ, sigma);
        return t.valid() && t.mu1() > order;
    }

    /** log(1 - e^x) for x &lt;= 0, accurate at both ends (Maechler 2012, "Accurately computing log(1 - exp(-|a|))"). */
    static double log1mExp(double x) {
        if (x > 0) {
            throw new IllegalArgumentException("x=" + x + ", allowed: <= 0");
        }
        if (x < -Math.log(2)) {
            return Math.log1p(-Math.exp(x)); // Maechler 2012, eq. 7, log1p branch
        }
        return x == 0 ? Double.NEGATIVE_INFINITY : Math.log(-Math.expm1(x)); // Maechler 2012, eq. 7, expm1 branch
    }

    static int argmax(double[] counts) {
        int top = 0;
        for (int j = 1; j < counts.length; j++) {
            if (counts[j] > counts[top]) {
                top = j;
            }
        }
        return top;
    }

    /** The order-independent parts of Theorem 6 at one q~ and sigma, shared by all orders. */
    private record Theorem6(double logQ, double sigma, double mu1, boolean valid, double log1q, double logA,
            double logB) {

        static Theorem6 at(double logQ, double sigma) {
            if (!(logQ <= 0)) {
                throw new IllegalArgumentException("log q=" + logQ + ", allowed: <= 0");
            }
            double variance = sigma * sigma;
            double mu2 = sigma * Math.sqrt(-logQ); // 2018, Prop 10: mu2 = sigma sqrt(log(1/q))
            double mu1 = mu2 + 1; // 2018, Prop 10: mu1 = mu2 + 1
            double eps1 = mu1 / variance; // 2018, Prop 8 at order mu1
            double eps2 = mu2 / variance; // 2018, Prop 8 at order mu2
            // 2018, Thm 6 condition: q <= e^((mu2-1) eps2) / (mu1/(mu1-1) * mu2/(mu2-1))^mu2, in logs
            boolean qSmall = logQ <= (mu2 - 1) * eps2 - mu2 * (Math.log1p(1 / (mu1 - 1)) + Math.log1p(1 / (mu2 - 1)));
            // mu2 > 1 (Prop 10) and q e^eps2 < 1 so that A's denominator is positive (Thm 6)
            boolean valid = logQ > Double.NEGATIVE_INFINITY && mu2 > 1 && qSmall && -logQ > eps2;
            if (!valid) {
                return new Theorem6(logQ, sigma, mu1, false, Double.NaN, Double.NaN, Double.NaN);
            }
            double log1q = log1mExp(logQ); // log(1 - q)
            double logA = log1q - log1mExp((logQ + eps2) * (1 - 1 / mu2)); // 2018, Thm 6: A = (1-q)/(1-(q e^eps2)^((mu2-1)/mu2))
            double logB = eps1 - logQ / (mu1 - 1); // 2018, Thm 6: B = e^eps1 / q^(1/(mu1-1))
            return new Theorem6(logQ, sigma, mu1, true, log1q, logA, logB);
        }

        /** The Theorem 6 expression itself (meaningful only where {@link #valid}). */
        double raw(double order) {
            if (logQ == Double.NEGATIVE_INFINITY) {
                return 0;
            }
            Theorem6 v = valid ? this : forced();
            // 2018, Thm 6: (1/(lambda-1)) log((1-q) A^(lambda-1) + q B^(lambda-1))
            return LogSpace.add(v.log1q + (order - 1) * v.logA, logQ + (order - 1) * v.logB) / (order - 1);
        }

        double rdp(double order) {
            if (!(order > 1)) {
                throw new IllegalArgumentException("order=" + order + ", allowed: > 1");
            }
            if (logQ == Double.NEGATIVE_INFINITY) {
                return 0; // the output is fixed: 0-RDP (2018, section 3)
            }
            double independent = dataIndependent(sigma, order);
            if (!valid || !(mu1 > order)) { // 2018, Thm 6 needs lambda <= mu1 (strict here, as the authors' code)
                return independent;
            }
            return Math.min(independent, raw(order)); // never worse than Prop 8
        }

        /** The expression's terms without the validity check (for the crossover search and conditions). */
        private Theorem6 forced() {
            double mu2 = mu1 - 1;
            double eps1 = mu1 / (sigma * sigma);
            double eps2 = mu2 / (sigma * sigma);
            double log1q = log1mExp(logQ);
            double inner = (logQ + eps2) * (1 - 1 / mu2);
            double logA = inner < 0 ? log1q - log1mExp(inner) : Double.POSITIVE_INFINITY;
            return new Theorem6(logQ, sigma, mu1, true, log1q, logA, eps1 - logQ / (mu1 - 1));
        }
    }
}
