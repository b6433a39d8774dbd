package org.veil.evaluate.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values: scipy 1.17.1, /work/refs/scripts/cp_reference.py, function eps_lb (Clopper-Pearson
 * upper bounds of FPR and FNR at level 1 - alpha/2 from beta.ppf, then Kairouz et al. 2015 Thm 2.1).
 */
class EmpiricalEpsilonTest {

    @Test
    void matchesIndependentScipyComputation() {
        // (TP, FN, FP, TN, delta, confidence) -> epsilon lower bound
        assertEquals(3.8719588235781783, EmpiricalEpsilon.lowerBound(900, 100, 10, 990, 1e-5, 0.95), 1e-8);
        assertEquals(0.0, EmpiricalEpsilon.lowerBound(500, 500, 500, 500, 1e-5, 0.95), 0.0);
        assertEquals(2.316463005851296, EmpiricalEpsilon.lowerBound(50, 950, 0, 1000, 0.0, 0.95), 1e-8);
        assertEquals(4.241118483640323, EmpiricalEpsilon.lowerBound(990, 10, 5, 995, 1e-5, 0.99), 1e-8);
    }

    @Test
    void moreTrialsWithTheSameRatesGiveATighterBound() {
        double small = EmpiricalEpsilon.lowerBound(90, 10, 1, 99, 1e-5, 0.95);
        double large = EmpiricalEpsilon.lowerBound(9000, 1000, 100, 9900, 1e-5, 0.95);
        assertTrue(large > small && large < Math.log(0.9 / 0.01), small + " < " + large + " < ln(90)");
    }
}
