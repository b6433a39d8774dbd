package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One step, no composition: the pessimistic discretisation's delta(eps) is at least the exact one
 * ({@link SubsampledGaussianLoss#hockeyStick}, an independent closed form) and equals it on grid
 * points; the optimistic one is at most the exact one; both keep all the mass.
 */
class DiscretisationBoundsTest {

    private static DiscretePld single(GridPmf g, double h) {
        return new DiscretePld(h, g.offset(), g.probs(), g.infinityMass(), 0);
    }

    @ParameterizedTest
    @CsvSource({"0.01, 1.1, 1e-4", "0.001, 0.8, 1e-4", "0.25, 2.0, 1e-3", "1.0, 1.0, 1e-3", "0.05, 0.6, 1e-3",
        "0.5, 0.7, 1e-2"})
    void pessimisticIsAboveAndOptimisticBelowTheExactProfile(double q, double sigma, double h) {
        for (LossDirection d : LossDirection.values()) {
            SubsampledGaussianLoss loss = new SubsampledGaussianLoss(sigma, q, d);
            long[] range = loss.gridRange(h, 1e-14);
            LossBuckets b = loss.buckets(h, range[0], range[1]);
            DiscretePld pess = single(PessimisticDiscretisation.of(b), h);
            DiscretePld opt = single(OptimisticDiscretisation.of(b), h);
            for (double eps = 0; eps < 6; eps += 0.0137) {
                double exact = loss.hockeyStick(eps);
                String at = d + " eps=" + eps;
                // slack 1e-13: rounding in the closed form and in bucket masses
                assertTrue(pess.delta(eps) >= exact - 1e-13, at + " pess " + pess.delta(eps) + " < exact " + exact);
                assertTrue(opt.delta(eps) <= exact + 1e-13, at + " opt " + opt.delta(eps) + " > exact " + exact);
            }
            for (long i = Math.max(0, range[0]); i < Math.min(range[1], range[0] + 400); i += 7) {
                double g = i * h;
                // connect-the-dots matches delta exactly at grid points (Doroshenko et al. 2022, Alg. 1)
                assertEquals(loss.hockeyStick(g), pess.delta(g), 1e-12, d + " grid point " + g);
            }
            assertEquals(1, pess.finiteMass() + pess.infinityMass(), 1e-12, d + " pessimistic mass");
            assertEquals(1 - b.belowMass(), opt.finiteMass(), 1e-12, d + " optimistic mass");
        }
    }

    @ParameterizedTest
    @CsvSource({"0.001, 0.8", "0.01, 1.1", "0.2, 1.0", "1.0, 2.0"})
    void bothKeepTheMeanOfExpMinusLossAndStayCloseToTheMergedMean(double q, double sigma) {
        double h = 1e-4;
        for (LossDirection d : LossDirection.values()) {
            SubsampledGaussianLoss loss = new SubsampledGaussianLoss(sigma, q, d);
            long[] range = loss.gridRange(h, 1e-16);
            LossBuckets b = loss.buckets(h, range[0], range[1]);
            double mergedMean = 0;
            for (int j = 0; j < b.size(); j++) {
                if (b.upper()[j] > 0 && b.lower()[j] > 0) {
                    mergedMean += b.upper()[j] * Math.log(b.upper()[j] / b.lower()[j]);
                }
            }
            for (GridPmf g : new GridPmf[] {PessimisticDiscretisation.of(b), OptimisticDiscretisation.of(b)}) {
                double expMinus = 0;
                double mean = 0;
                for (int i = 0; i < g.probs().length; i++) {
                    double l = (g.offset() + i) * h;
                    expMinus += g.probs()[i] * Math.exp(-l);
                    mean += g.probs()[i] * l;
                }
                // E_P[e^{-L}] = Q(total) = 1: a split or a merge keeps it (up to truncated tails)
                assertEquals(1, expMinus, 1e-9, d + " E[exp(-L)]");
                // second order: the mean moves by much less than one interval per step
                assertEquals(mergedMean, mean, 0.05 * h, d + " mean loss");
            }
        }
    }
}
