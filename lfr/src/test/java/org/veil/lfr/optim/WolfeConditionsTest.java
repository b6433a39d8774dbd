package org.veil.lfr.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Oracle test: every accepted step x_k → x_{k+1} satisfies the strong Wolfe conditions (Nocedal &amp; Wright,
 * 2nd ed., eq. 3.7) with c1 = 1e-4 and c2 = 0.9, checked from a log of the evaluations independently of the line
 * search's own bookkeeping. With s = x_{k+1} − x_k = α d the conditions read f_{k+1} ≤ f_k + c1 g_k's and
 * |g_{k+1}'s| ≤ c2 |g_k's|.
 */
class WolfeConditionsTest {
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final LbfgsOptions TIGHT = new LbfgsOptions().withGradientTolerance(1e-10).withRelativeTolerance(0);

    private record Evaluation(double[] x, double value, double[] gradient) {
    }

    @Test
    void rosenbrockStepsSatisfyStrongWolfe() {
        assertAcceptedStepsSatisfyStrongWolfe(TestProblems::rosenbrock, new double[] {-1.2, 1}, 10);
    }

    @Test
    void extendedRosenbrockStepsWithShortMemorySatisfyStrongWolfe() {
        assertAcceptedStepsSatisfyStrongWolfe(TestProblems::extendedRosenbrock,
                TestProblems.extendedRosenbrockStart(10), 2);
    }

    @Test
    void stepsBackFromNaNSatisfyStrongWolfe() {
        assertAcceptedStepsSatisfyStrongWolfe(TestProblems::logBarrier, new double[] {4, 7, 10, 0.05}, 10);
    }

    private static void assertAcceptedStepsSatisfyStrongWolfe(DifferentiableFunction f, double[] x0, int memory) {
        List<Evaluation> log = new ArrayList<>();
        DifferentiableFunction recorded = (x, g) -> {
            double v = f.valueAndGradient(x, g);
            log.add(new Evaluation(x.clone(), v, g.clone()));
            return v;
        };
        List<double[]> iterates = new ArrayList<>();
        iterates.add(x0.clone());
        LbfgsResult r = new Lbfgs(TIGHT.withMemory(memory))
                .minimize(recorded, x0, (i, v, gn, x) -> iterates.add(x));
        assertTrue(r.converged(), r.toString());
        assertTrue(iterates.size() > 3);
        for (int k = 0; k + 1 < iterates.size(); k++) {
            Evaluation from = find(log, iterates.get(k));
            Evaluation to = find(log, iterates.get(k + 1));
            double[] s = new double[x0.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = to.x()[i] - from.x()[i];
            }
            double slope = dot(from.gradient(), s);
            // s = x_{k+1} − x_k differs from α d by rounding only; allow for it in the comparisons.
            double slack = 1e-12 * Math.max(1, Math.abs(from.value()));
            assertTrue(slope < 0, "step " + k + " is not a descent step: g's=" + slope);
            assertTrue(to.value() <= from.value() + C1 * slope + slack, "sufficient decrease fails at step " + k);
            assertTrue(Math.abs(dot(to.gradient(), s)) <= C2 * Math.abs(slope) * (1 + 1e-9),
                    "curvature condition fails at step " + k);
        }
    }

    private static Evaluation find(List<Evaluation> log, double[] x) {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (Arrays.equals(log.get(i).x(), x)) {
                return log.get(i);
            }
        }
        throw new AssertionError("iterate never evaluated: " + Arrays.toString(x));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
