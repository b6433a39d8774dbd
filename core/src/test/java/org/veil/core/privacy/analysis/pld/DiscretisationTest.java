package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.core.privacy.analysis.Erfc;
import org.veil.core.privacy.analysis.pld.SubsampledGaussianPair.Direction;

/**
 * One step's two discretisations bracket the exact hockey-stick curve at every epsilon:
 * delta_opt(eps) &lt;= delta(eps) &lt;= delta_pess(eps). The exact curve is computed here independently of the
 * package: delta(eps) = A(l &gt; eps) - e^eps B(l &gt; eps) (Sommer, Meiser and Mohammadi 2019, Lemma 5), the sets
 * {l &gt; eps} being half-lines {x &gt; x_eps} (REMOVE) or {x &lt; x_eps} (ADD) in the mechanism's output x, with
 * x_eps = sigma^2 log((e^{+-eps} - (1-q))/q) +- 1/2 and the normal masses from Veil's Erfc.
 */
class DiscretisationTest {
    private static final double TAIL = 1e-20;

    @Test
    void bothDiscretisationsBracketTheExactCurve() {
        double[][] cases = {{0.01, 1.1, 1e-3}, {0.25, 0.6, 1e-3}, {1.0, 1.0, 1e-3}, {1e-4, 0.8, 1e-4},
            {0.5, 5.0, 1e-4}, {0.01, 100, 1e-5}};
        for (double[] c : cases) {
            for (Direction d : Direction.values()) {
                SubsampledGaussianPair pair = new SubsampledGaussianPair(c[0], c[1], d);
                double h = c[2];
                Anchor anchor = Anchor.of(pair, h, TAIL);
                long[] range = ConnectTheDots.range(pair, h, anchor.c(), TAIL);
                LossPmf pess = ConnectTheDots.pessimistic(pair, h, anchor.c(), TAIL);
                LossPmf opt = OutputQuantisation.optimistic(pair, h, TAIL, anchor, range[0], range[1]);
                String where = d + " q=" + c[0] + " sigma=" + c[1];
                double[] worst = {0};
                assertEquals(1.0, pess.finiteMass() + pess.infinityMass(), 1e-12, where);
                assertEquals(1.0, opt.finiteMass(), 1e-12, where);
                assertTrue(qMass(pess) <= 1 + 1e-12, where); // a valid pair: B-mass at most 1
                double top = Math.min(maxLoss(c[0], c[1], d), 20);
                for (double eps = 0; eps < top; eps += top / 97) {
                    double exact = exactDelta(c[0], c[1], d, eps);
                    double upper = curve(pess, eps);
                    double lower = curve(opt, eps);
                    assertTrue(lower <= exact + 1e-13 && exact <= upper + 1e-13,
                            where + " eps=" + eps + ": " + lower + " " + exact + " " + upper);
                    worst[0] = Math.max(worst[0], upper - lower);
                }
            }
        }
    }

    @Test
    void optimisticStepIsExactOnItsGridWhenTheLossIsLinear() {
        // q = 1: every cell's loss is placed on a grid point with no rounding but the outermost tails, so the
        // optimistic step loses next to nothing against the pessimistic one's second-order spread
        SubsampledGaussianPair pair = new SubsampledGaussianPair(1.0, 1.0, Direction.REMOVE);
        double h = 1e-3;
        Anchor anchor = Anchor.of(pair, h, TAIL);
        long[] range = ConnectTheDots.range(pair, h, anchor.c(), TAIL);
        LossPmf opt = OutputQuantisation.optimistic(pair, h, TAIL, anchor, range[0], range[1]);
        assertEquals(1.0, qMass(opt), 1e-9, "each cell keeps its B-mass: post-processing");
    }

    private static double curve(LossPmf pmf, double eps) {
        return HockeyStick.delta(pmf.masses(), pmf.offset(), pmf.interval(), pmf.shift(), pmf.infinityMass(), eps);
    }

    private static double qMass(LossPmf pmf) {
        double s = 0;
        for (int i = 0; i < pmf.size(); i++) {
            s += pmf.masses()[i] * Math.exp(-(pmf.shift() + (pmf.offset() + i) * pmf.interval()));
        }
        return s;
    }

    private static double maxLoss(double q, double sigma, Direction d) {
        return d == Direction.ADD && q < 1 ? -Math.log1p(-q) : 40;
    }

    /** delta(eps) = A(l &gt; eps) - e^eps B(l &gt; eps), with A, B the pair of the direction. */
    static double exactDelta(double q, double sigma, Direction d, double eps) {
        double rho = d == Direction.REMOVE ? eps : -eps; // REMOVE: L(x) > eps; ADD: -L(x) > eps, i.e. L(x) < -eps
        double x;
        if (q == 1) {
            x = sigma * sigma * rho + 0.5;
        } else if (!(rho > Math.log1p(-q))) {
            x = Double.NEGATIVE_INFINITY; // L(x) > rho everywhere
        } else {
            x = sigma * sigma * Math.log((Math.exp(rho) - (1 - q)) / q) + 0.5; // L(x) = log(1-q + q e^{(2x-1)/2s^2})
        }
        double p0 = upper(x, 0, sigma);
        double p1 = upper(x, 1, sigma);
        double mixture = (1 - q) * p0 + q * p1; // P(x > .) under P = (1-q) N(0) + q N(1)
        if (d == Direction.REMOVE) {
            return Math.max(0, mixture - Math.exp(eps) * p0); // A = P, B = Q = N(0), set {x > x_eps}
        }
        double q0 = 1 - p0; // ADD: A = Q, B = P, set {x < x_eps}; lower tails from their own side
        double q1 = 1 - p1;
        q0 = x < 0 ? 0.5 * Erfc.erfc(-x / (sigma * Math.sqrt(2))) : q0;
        q1 = x < 1 ? 0.5 * Erfc.erfc(-(x - 1) / (sigma * Math.sqrt(2))) : q1;
        return Math.max(0, q0 - Math.exp(eps) * ((1 - q) * q0 + q * q1));
    }

    private static double upper(double x, double mean, double sigma) {
        return 0.5 * Erfc.erfc((x - mean) / (sigma * Math.sqrt(2)));
    }
}
