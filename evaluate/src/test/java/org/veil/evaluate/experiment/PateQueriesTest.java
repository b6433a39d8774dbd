package org.veil.evaluate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PateQueriesTest {

    @Test
    void matchesAnIndependentComputationOfTheDataIndependentBound() {
        // /work/refs/scripts/pate_q.py (numpy-free Python re-implementation: the standard order grid,
        // RDP Q*(a/(2 s1^2) + a/s2^2), the improved conversion of Balle et al. 2020 Thm 21, binary
        // search) with teachers 100, sigma1 = 80, sigma2 = 40, delta 1e-5: budgets 0.5, 1, 2, 4, 8 give
        // 12, 43, 153, 530, 1748 queries.
        int[] expected = {12, 43, 153, 530, 1748};
        double[] budgets = {0.5, 1, 2, 4, 8};
        for (int i = 0; i < budgets.length; i++) {
            assertEquals(expected[i], PateQueries.forBudget(budgets[i], 80, 40, 1e-5, 1_000_000), "budget " + budgets[i]);
        }
    }

    @Test
    void theChosenCountFitsTheBudgetAndOneMoreDoesNot() {
        for (double budget : new double[] {0.3, 1, 3.7, 8}) {
            int q = PateQueries.forBudget(budget, 200, 100, 1e-5, 1_000_000);
            assertTrue(q >= 1);
            assertTrue(PateQueries.epsilon(q, 200, 100, 1e-5) <= budget);
            assertTrue(PateQueries.epsilon(q + 1L, 200, 100, 1e-5) > budget);
        }
    }

    @Test
    void theCapAndTheEmptyCase() {
        assertEquals(50, PateQueries.forBudget(8, 80, 40, 1e-5, 50));
        assertEquals(0, PateQueries.forBudget(0.01, 8, 4, 1e-5, 1000), "not one query fits");
        assertEquals(0.0, PateQueries.epsilon(0, 8, 4, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> PateQueries.forBudget(0, 8, 4, 1e-5, 10));
    }
}
