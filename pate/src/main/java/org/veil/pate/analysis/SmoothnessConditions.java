package org.veil.pate.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * A numerical check of the conditions under which the smooth-sensitivity bounds of Papernot et al.
 * 2018, Appendix B, are valid at one (sigma, order):
 * <ul>
 *   <li><b>C5</b>: beta(q), Theorem 6's bound with Proposition 10's mu1, mu2, is non-decreasing in q
 *       on (0, q0];</li>
 *   <li><b>C6</b>: beta(B_u(q)) - beta(q) is non-decreasing on (0, q1];</li>
 *   <li><b>single crossing</b> (implicit in the paper's beta(q), which is Theorem 6 below q0 and the
 *       data-independent bound above): the bound the analysis uses (Theorem 6 only where its conditions
 *       hold, capped by alpha / sigma^2) equals that piecewise beta(q) everywhere from the smallest
 *       reachable q~ to 1 - 1/m, so the function whose sensitivity is bounded is the one released.</li>
 * </ul>
 * The authors verify C5 and C6 symbolically (sympy) and then minimise the derivative numerically
 * (smooth_sensitivity.check_conditions). Here the sign of each function's increments is sampled on
 * 4,000 points evenly spaced in log(-log q) between the smallest q~ any histogram of the run can reach
 * (through B_l of the unanimous histogram) and q0 (or q1): a numerical check, like theirs, not a proof.
 *
 * @param sigma          the sigma checked (sigma2, or sqrt(2) sigma1 for the threshold check)
 * @param order          the Renyi order
 * @param c5             condition C5
 * @param c6             condition C6
 * @param singleCrossing the bound stays at alpha / sigma^2 above q0
 */
public record SmoothnessConditions(double sigma, double order, boolean c5, boolean c6, boolean singleCrossing) {
    private static final int POINTS = 4000;
    private static final double SLACK = 1e-9;

    /**
     * Checks C5, C6 and single crossing for GNMax with {@code classes} classes and {@code teachers} votes.
     */
    public static SmoothnessConditions gnMax(Crossover crossover, int classes, int teachers) {
        double sigma = crossover.sigma();
        double order = crossover.order();
        int[] unanimous = new int[classes];
        unanimous[0] = teachers;
        double lowest = Crossover.logLowerNeighbour(GnMaxRdp.logQ(unanimous, sigma), sigma, classes);
        double logQ0 = crossover.logQ0();
        double logQ1 = crossover.logQ1(classes);
        boolean c5 = lowest >= logQ0 || nonDecreasing(q -> GnMaxRdp.theorem6Raw(q, sigma, order), lowest, logQ0);
        boolean c6 = lowest >= logQ1 || nonDecreasing(q -> GnMaxRdp.theorem6Raw(
                Crossover.logUpperNeighbour(q, sigma, classes), sigma, order) - GnMaxRdp.theorem6Raw(q, sigma, order),
                lowest, logQ1);
        boolean crossing = matchesPiecewise(crossover, lowest, Math.log1p(-1.0 / classes));
        return new SmoothnessConditions(sigma, order, c5, c6, crossing);
    }

    /**
     * For the threshold check with a real-valued statistic: the capped bound at sqrt(2) sigma1 is
     * non-decreasing in q = min(p, 1 - p) from the smallest reachable q up to 1/2 (C5 and single
     * crossing together), which makes the check's RDP unimodal in the statistic.
     */
    public static SmoothnessConditions threshold(double sigma1, double order, double lowestLogQ) {
        double sigma = ThresholdRdp.equivalentSigma(sigma1);
        boolean monotone = nonDecreasing(q -> GnMaxRdp.dataDependent(q, sigma, order), lowestLogQ, Math.log(0.5));
        return new SmoothnessConditions(sigma, order, monotone, true, monotone);
    }

    /** Whether all the conditions hold. */
    public boolean hold() {
        return c5 && c6 && singleCrossing;
    }

    /** "C6 fails at sigma=20.0, order=25.0" or "C5, C6 and single crossing hold ...". */
    public String describe() {
        List<String> failed = new ArrayList<>();
        if (!c5) {
            failed.add("C5");
        }
        if (!c6) {
            failed.add("C6");
        }
        if (!singleCrossing) {
            failed.add("single crossing");
        }
        String where = String.format(Locale.ROOT, "sigma=%s, order=%s (Papernot et al. 2018, Appendix B)", sigma, order);
        return failed.isEmpty() ? "conditions C5, C6 and single crossing hold at " + where
                : String.join(", ", failed) + " fail" + (failed.size() == 1 ? "s" : "") + " at " + where;
    }

    /** f sampled at increasing q from e^logLo to e^logHi never decreases (up to rounding). */
    static boolean nonDecreasing(DoubleUnaryOperator f, double logLo, double logHi) {
        double[] grid = grid(logLo, logHi);
        double previous = f.applyAsDouble(grid[0]);
        for (int i = 1; i < grid.length; i++) {
            double next = f.applyAsDouble(grid[i]);
            if (Double.isNaN(next) || next < previous - SLACK * Math.max(Math.abs(previous), Math.abs(next)) - 1e-300) {
                return false;
            }
            previous = next;
        }
        return true;
    }

    /** The analysis's capped bound equals the piecewise beta(q) of {@link Crossover#rdp} on the grid. */
    private static boolean matchesPiecewise(Crossover crossover, double logLo, double logHi) {
        double independent = GnMaxRdp.dataIndependent(crossover.sigma(), crossover.order());
        for (double logQ : grid(logLo, logHi)) {
            double used = GnMaxRdp.dataDependent(logQ, crossover.sigma(), crossover.order());
            if (Math.abs(used - crossover.rdp(logQ)) > SLACK * independent) {
                return false;
            }
        }
        return true;
    }

    /** log q at POINTS values evenly spaced in log(-log q), increasing in q; both ends included. */
    private static double[] grid(double logLo, double logHi) {
        if (!(logLo < logHi) || !(logHi < 0)) {
            return new double[] {Math.min(logLo, logHi)};
        }
        double a = Math.log(-logLo);
        double b = Math.log(-logHi);
        double[] grid = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            grid[i] = -Math.exp(a + (b - a) * i / (POINTS - 1));
        }
        grid[POINTS - 1] = logHi;
        return grid;
    }
}
