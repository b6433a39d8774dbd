package org.veil.lfr.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradientCheckTest {
    private static final int[] ALL_TEN = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    /** Extended Rosenbrock with the factor 400 of ∂f/∂x_0 mistyped as 4000 in the first pair only. */
    private static double wrongInCoordinateZero(double[] x, double[] g) {
        double v = TestProblems.extendedRosenbrock(x, g);
        double a = x[1] - x[0] * x[0];
        g[0] += -3600 * x[0] * a;
        return v;
    }

    @Test
    void rightGradientPasses() {
        double[] x = TestProblems.extendedRosenbrockStart(10);
        x[3] = 0.3;
        double error = GradientCheck.maxRelativeError(TestProblems::extendedRosenbrock, x, 1e-6, ALL_TEN);
        assertTrue(error < 1e-7, "error " + error);
        double barrier = GradientCheck.maxRelativeError(TestProblems::logBarrier, new double[] {0.5, 2, 9}, 1e-6,
                new int[] {0, 1, 2});
        assertTrue(barrier < 1e-7, "error " + barrier);
    }

    @Test
    void wrongGradientIsDetectedOnlyWhereItIsWrong() {
        double[] x = TestProblems.extendedRosenbrockStart(10);
        double error = GradientCheck.maxRelativeError(GradientCheckTest::wrongInCoordinateZero, x, 1e-6, ALL_TEN);
        assertTrue(error > 0.5, "error " + error);
        double elsewhere = GradientCheck.maxRelativeError(GradientCheckTest::wrongInCoordinateZero, x, 1e-6,
                new int[] {1, 2, 3});
        assertTrue(elsewhere < 1e-7, "error " + elsewhere);
    }

    @Test
    void smallWrongDerivativeCountsAsAbsoluteError() {
        // f = x² near 0 with gradient 2x + 1e-3: the relative error would be huge, the absolute one is 1e-3.
        DifferentiableFunction offByALittle = (x, g) -> {
            g[0] = 2 * x[0] + 1e-3;
            return x[0] * x[0];
        };
        double error = GradientCheck.maxRelativeError(offByALittle, new double[] {1e-6}, 1e-6, new int[] {0});
        assertEquals(1e-3, error, 1e-8);
    }

    @Test
    void leavesThePointAloneAndValidatesArguments() {
        double[] x = {-1.2, 1};
        GradientCheck.maxRelativeError(TestProblems::rosenbrock, x, 1e-6, new int[] {0, 1});
        assertArrayEquals(new double[] {-1.2, 1}, x, 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.maxRelativeError(TestProblems::rosenbrock, x, 0, new int[] {0}));
        assertEquals("step=0.0, allowed: > 0 and finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.maxRelativeError(TestProblems::rosenbrock, x, 1e-6, new int[] {2}));
        assertEquals("coordinate=2, allowed: [0, 2)", e.getMessage());
    }

    @Test
    void nonFiniteValuesNeverPass() {
        double error = GradientCheck.maxRelativeError(TestProblems::logBarrier, new double[] {1e-7}, 1e-6,
                new int[] {0});
        assertTrue(Double.isNaN(error), "error " + error);
    }
}
