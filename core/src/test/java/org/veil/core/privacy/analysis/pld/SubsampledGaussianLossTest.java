package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsampledGaussianLossTest {

    @ParameterizedTest
    @CsvSource({"0.01, 1.1", "0.001, 0.8", "0.25, 2.0", "1.0, 1.0", "0.5, 0.6"})
    void outputAtInvertsLossAtInBothDirections(double q, double sigma) {
        for (LossDirection d : LossDirection.values()) {
            SubsampledGaussianLoss loss = new SubsampledGaussianLoss(sigma, q, d);
            for (double x = -5; x <= 6; x += 0.37) {
                double l = loss.lossAt(x);
                assertEquals(x, loss.outputAt(l), 1e-9 * Math.max(1, Math.abs(x)), d + " x=" + x);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0.01, 1.1", "0.001, 0.8", "0.25, 2.0", "1.0, 1.0", "0.05, 0.6"})
    void bucketsHoldAllMassAndTheirMergedLossLiesInsideTheBucket(double q, double sigma) {
        double h = 1e-3;
        for (LossDirection d : LossDirection.values()) {
            SubsampledGaussianLoss loss = new SubsampledGaussianLoss(sigma, q, d);
            long[] range = loss.gridRange(h, 1e-12);
            LossBuckets b = loss.buckets(h, range[0], range[1]);
            double upper = b.belowMass() + b.aboveMass();
            double lower = 0;
            for (int j = 0; j < b.size(); j++) {
                upper += b.upper()[j];
                lower += b.lower()[j];
                if (b.upper()[j] > 1e-12 && b.lower()[j] > 1e-12) {
                    double merged = Math.log(b.upper()[j] / b.lower()[j]);
                    assertTrue(merged > b.gridLoss(j) - 1e-9 && merged <= b.gridLoss(j + 1) + 1e-9,
                            d + " bucket " + j + " merged loss " + merged);
                }
            }
            assertEquals(1, upper, 1e-12, d + " upper mass");
            assertTrue(lower <= 1 + 1e-12, d + " lower mass " + lower);
            assertTrue(b.belowMass() <= 1e-12 && b.aboveMass() <= 1e-12, d + " truncated tails");
        }
    }

    @ParameterizedTest
    @CsvSource({"0.5", "1.0", "2.0", "4.0"})
    void withoutSubsamplingTheHockeyStickIsTheAnalyticGaussianProfile(double sigma) {
        for (LossDirection d : LossDirection.values()) {
            SubsampledGaussianLoss loss = new SubsampledGaussianLoss(sigma, 1.0, d);
            for (double eps = 0; eps <= 6; eps += 0.25) {
                double expected = GaussianOracle.delta(sigma, eps);
                assertEquals(expected, loss.hockeyStick(eps), 1e-12 + 1e-9 * expected, d + " eps=" + eps);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1e-3", "1e-10", "1e-20"})
    void upperNormalQuantileLeavesAtMostTheTail(double tail) {
        double z = SubsampledGaussianLoss.upperNormalQuantile(tail);
        NormalDistribution n = new NormalDistribution(0, 1);
        // the upper tail 1 - Phi(z) = Phi(-z), computed independently by Commons Math's NormalDistribution
        assertTrue(n.cumulativeProbability(-z) <= tail, "tail beyond z=" + z);
        assertTrue(n.cumulativeProbability(-(z - 1e-6)) > tail, "z is the smallest such point");
    }
}
