package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PldAnalysisTest {
    private static final PldAnalysis DEFAULT = new PldAnalysis(1e-4, 1e-2, 1 << 20, 1e-15);

    private static ComposedPld compose(double sigma, double q, long count) {
        return DEFAULT.compose(List.of(new GaussianSteps(sigma, q, count)));
    }

    @ParameterizedTest
    @CsvSource({"0.6, 1e-5", "1.0, 1e-5", "2.0, 1e-3", "4.0, 1e-7", "1.1, 1e-6"})
    void singleGaussianIsBracketedByTheExactProfile(double sigma, double delta) {
        ComposedPld pld = compose(sigma, 1.0, 1);
        assertEquals(1, pld.directions(), "q = 1 is symmetric: one direction");
        double exact = GaussianOracle.epsilon(sigma, delta);
        assertTrue(pld.optimisticEpsilon(delta) <= exact && exact <= pld.epsilon(delta),
                "[" + pld.optimisticEpsilon(delta) + ", " + pld.epsilon(delta) + "] holds " + exact);
        assertTrue(pld.epsilon(delta) - exact < 1e-6, "tight: " + (pld.epsilon(delta) - exact));
        for (double eps = 0; eps < 8; eps += 0.1) {
            double d = GaussianOracle.delta(sigma, eps);
            assertTrue(pld.optimisticDelta(eps) <= d + 1e-13 && d <= pld.delta(eps) + 1e-13, "eps=" + eps);
        }
    }

    @ParameterizedTest
    @CsvSource({"4.0, 100, 1e-7", "2.0, 10, 1e-3", "8.0, 1000, 1e-5", "3.0, 25, 1e-6"})
    void composingTGaussiansIsOneGaussianWithSigmaOverRootT(double sigma, long count, double delta) {
        // exact identity: T-fold N(0, s^2) vs N(1, s^2) equals one N(0, s^2 / T) vs N(1, s^2 / T) up to scaling
        double exact = GaussianOracle.epsilon(sigma / Math.sqrt(count), delta);
        ComposedPld pld = compose(sigma, 1.0, count);
        assertTrue(pld.optimisticEpsilon(delta) <= exact && exact <= pld.epsilon(delta),
                "[" + pld.optimisticEpsilon(delta) + ", " + pld.epsilon(delta) + "] holds " + exact);
        assertTrue(pld.epsilon(delta) - pld.optimisticEpsilon(delta) < 1e-3, "bracket width");
    }

    @Test
    void epsilonGrowsWithStepsAndSampleRateAndShrinksWithNoise() {
        double delta = 1e-5;
        // each value's lower bound must clear the previous value's upper bound: an ordering of the true epsilons
        ComposedPld prev = null;
        for (long t : new long[] {1, 10, 100, 1000, 10000}) {
            ComposedPld cur = compose(1.1, 0.01, t);
            assertTrue(prev == null || cur.optimisticEpsilon(delta) > prev.epsilon(delta), "T=" + t);
            prev = cur;
        }
        prev = null;
        for (double q : new double[] {0.001, 0.01, 0.05, 0.25, 1.0}) {
            ComposedPld cur = compose(1.0, q, 100);
            assertTrue(prev == null || cur.optimisticEpsilon(delta) > prev.epsilon(delta), "q=" + q);
            prev = cur;
        }
        prev = null;
        for (double sigma : new double[] {4.0, 2.0, 1.0, 0.8, 0.6}) {
            ComposedPld cur = compose(sigma, 0.05, 1000);
            assertTrue(prev == null || cur.optimisticEpsilon(delta) > prev.epsilon(delta), "sigma=" + sigma);
            prev = cur;
        }
    }

    @Test
    void deltaOfEpsilonIsNonIncreasingAndPessimisticAboveOptimistic() {
        ComposedPld pld = compose(1.1, 0.01, 1000);
        double prev = 1;
        for (double eps = 0; eps < 4; eps += 0.05) {
            double d = pld.delta(eps);
            assertTrue(d <= prev, "non-increasing at " + eps);
            assertTrue(pld.optimisticDelta(eps) <= d, "bracket at " + eps);
            prev = d;
        }
        // and eps(delta) inverts it: delta(eps(delta)) <= delta
        for (double delta : new double[] {1e-3, 1e-5, 1e-7}) {
            assertTrue(pld.delta(pld.epsilon(delta)) <= delta * (1 + 1e-9));
        }
    }

    @Test
    void splittingAStepKindAndReorderingKindsChangeNothing() {
        GaussianSteps a = new GaussianSteps(1.1, 0.01, 700);
        GaussianSteps b = new GaussianSteps(1.1, 0.01, 300);
        GaussianSteps c = new GaussianSteps(2.0, 0.05, 200);
        double whole = DEFAULT.compose(List.of(new GaussianSteps(1.1, 0.01, 1000), c)).epsilon(1e-5);
        assertEquals(whole, DEFAULT.compose(List.of(a, b, c)).epsilon(1e-5), 1e-9);
        assertEquals(whole, DEFAULT.compose(List.of(c, b, a)).epsilon(1e-5), 1e-9);
    }

    @Test
    void hugeLedgersAreRefusedWithAPointerToRdp() {
        PldGridLimitException e = assertThrows(PldGridLimitException.class, () -> compose(0.05, 0.01, 10_000_000));
        assertTrue(e.getMessage().contains("--accountant rdp") && !e.getMessage().contains("\n"), e.getMessage());
        assertThrows(PldGridLimitException.class, () -> compose(0.001, 1.0, 1));
        assertThrows(PldGridLimitException.class, () -> compose(0.3, 1e-6, 1_000_000_000L));
    }

    @Test
    void longLedgersCoarsenTheGridAndStayBracketed() {
        ComposedPld pld = compose(1.1, 0.01, 1_000_000);
        assertTrue(pld.interval() > pld.requestedInterval(), "coarsened to " + pld.interval());
        assertTrue(pld.fftLength() <= 1 << 20);
        double hi = pld.epsilon(1e-5);
        double lo = pld.optimisticEpsilon(1e-5);
        assertTrue(lo <= hi && hi - lo < 0.01 * hi, "[" + lo + ", " + hi + "]");
    }
}
