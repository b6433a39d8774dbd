package org.veil.pate.analysis;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.veil.core.privacy.analysis.Erfc;
import org.veil.core.privacy.analysis.NormalTail;

/**
 * The points of Papernot et al. 2018, Appendix B, that shape the local sensitivity of GNMax's
 * data-dependent RDP at one (sigma, order):
 * <ul>
 *   <li>q0: where Theorem 6's bound (Proposition 10's mu1, mu2) stops beating the data-independent
 *       alpha / sigma^2; below q0 the data-dependent bound is used, above it the data-independent one.
 *       Found as the authors' code does: start from a natural upper bound on q0 where Theorem 6's
 *       conditions hold, move a lower bound down until the data-dependent bound wins there, then find
 *       the crossing with Brent's method (Commons Math {@link BrentSolver}) on log q.</li>
 *   <li>q1 = B_l(q0), with B_l(q) = (m - 1)/2 erfc(erfcinv(2q / (m - 1)) + 1/sigma) the smallest q~ a
 *       neighbouring histogram can have (2018, Appendix B, Algorithm 3's bounds): between q1 and q0
 *       the local sensitivity is at its maximum (the plateau).</li>
 * </ul>
 * An immutable value computed per (sigma, order); callers compute it once per analysis (there is no
 * global cache). Thread-safe.
 *
 * @param sigma the GNMax sigma (sqrt(2) sigma1 for the threshold check)
 * @param order the Renyi order alpha
 * @param logQ0 log q0
 */
public record Crossover(double sigma, double order, double logQ0) {
    private static final double LOWEST_BRACKET = -10000;

    /** Computes log q0 at (sigma, order). */
    public static Crossover of(double sigma, double order) {
        if (!(sigma > 0) || !(order > 1) || Double.isInfinite(sigma) || Double.isInfinite(order)) {
            throw new IllegalArgumentException("sigma=" + sigma + ", order=" + order
                    + ", allowed: sigma > 0 and order > 1, both finite");
        }
        return new Crossover(sigma, order, findLogQ0(sigma, order));
    }

    /** log q1 = log B_l(q0) for m classes (2018, Appendix B). */
    public double logQ1(int classes) {
        return logLowerNeighbour(logQ0, sigma, classes);
    }

    /**
     * log B_l(q): the smallest log q~ of a histogram one vote away from one with q~ = e^logQ
     * (2018, Appendix B): log((m - 1)/2) + log erfc(erfcinv(2q/(m - 1)) + 1/sigma).
     */
    public static double logLowerNeighbour(double logQ, double sigma, int classes) {
        double x = NormalTail.inverseLogErfc(Math.log(2) + logQ - Math.log(classes - 1)); // erfcinv(2q/(m-1))
        return Math.log((classes - 1) / 2.0) + Erfc.logErfc(x + 1 / sigma); // 2018, App. B: B_l(q)
    }

    /**
     * log B_u(q): the largest log q~ of a histogram one vote away (2018, Appendix B):
     * min(0, log((m - 1)/2) + log erfc(erfcinv(2q/(m - 1)) - 1/sigma)).
     */
    public static double logUpperNeighbour(double logQ, double sigma, int classes) {
        double x = NormalTail.inverseLogErfc(Math.log(2) + logQ - Math.log(classes - 1)); // erfcinv(2q/(m-1))
        return Math.min(0, Math.log((classes - 1) / 2.0) + Erfc.logErfc(x - 1 / sigma)); // 2018, App. B: B_u(q)
    }

    /**
     * The RDP of GNMax as a function of q~ alone, the beta(q) of Appendix B: Theorem 6 below q0, the
     * data-independent bound at and above it.
     */
    public double rdp(double logQ) {
        return logQ >= logQ0 ? GnMaxRdp.dataIndependent(sigma, order) : GnMaxRdp.theorem6Raw(logQ, sigma, order);
    }

    private static double findLogQ0(double sigma, double order) {
        UnivariateFunction gap = logQ -> GnMaxRdp.theorem6Raw(logQ, sigma, order) - GnMaxRdp.dataIndependent(sigma, order);
        // natural upper bounds on q0: mu2 >= sigma + 1, mu1 > order, q e^eps2 < 1 (Prop 10, Thm 6)
        double upper = Math.min(-Math.pow(1 + 1 / sigma, 2),
                Math.min(-Math.pow((order - 0.99) / sigma, 2), -1 / (sigma * sigma)));
        if (!GnMaxRdp.theorem6Applies(upper, sigma, order)) {
            throw new IllegalStateException("Theorem 6's conditions fail at the upper bracket log q=" + upper
                    + " (sigma=" + sigma + ", order=" + order + ")");
        }
        if (gap.value(upper) < 0) {
            return upper; // the data-dependent bound already wins at the upper bound
        }
        double lower = 2 * upper;
        while (gap.value(lower) > 0) {
            if (lower < LOWEST_BRACKET) {
                throw new IllegalStateException("no crossover above log q=" + LOWEST_BRACKET + " (sigma=" + sigma
                        + ", order=" + order + ")");
            }
            lower *= 1.5;
        }
        BrentSolver solver = new BrentSolver(1e-15, 1e-13, 0);
        return solver.solve(10_000, gap, lower, upper);
    }
}
