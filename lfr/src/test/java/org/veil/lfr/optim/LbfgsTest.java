package org.veil.lfr.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LbfgsTest {
    /** Tolerances that only stop on a tiny gradient, so that the tests see the minimiser, not the defaults. */
    private static final LbfgsOptions TIGHT = new LbfgsOptions().withGradientTolerance(1e-10).withRelativeTolerance(0);

    @Test
    void convexQuadraticReachesItsKnownMinimiser() {
        double[] minimiser = {1.5, -2.0, 0.25, 7.0, -0.5, 3.0};
        LbfgsResult r = new Lbfgs(TIGHT).minimize(TestProblems.quadratic(minimiser), new double[6], null);
        assertEquals(StopReason.GRADIENT_TOLERANCE, r.reason());
        assertTrue(r.converged());
        assertArrayEquals(minimiser, r.x(), 1e-8);
        assertEquals(0.0, r.value(), 1e-15);
        assertTrue(r.gradientNorm() <= 1e-10);
        // Sanity note, not a golden value: scipy 1.17.1 L-BFGS-B (no bounds, maxcor=10, gtol=1e-10, ftol=0) from
        // x0 = 0 takes nit=16, nfev=17 (/work/refs/scripts/lbfgs_reference.py); allow twice that.
        assertTrue(r.iterations() <= 32, "iterations " + r.iterations());
    }

    @Test
    void rosenbrockFromTheStandardStart() {
        LbfgsResult r = new Lbfgs(TIGHT).minimize(TestProblems::rosenbrock, new double[] {-1.2, 1.0}, null);
        assertTrue(r.converged(), r.toString());
        assertArrayEquals(new double[] {1, 1}, r.x(), 1e-5);
        // Sanity note, not a golden value: scipy 1.17.1 L-BFGS-B (no bounds, maxcor=10, gtol=1e-10, ftol=0) from
        // (-1.2, 1) takes nit=39, nfev=47 (/work/refs/scripts/lbfgs_reference.py); allow twice that.
        assertTrue(r.iterations() <= 78, "iterations " + r.iterations());
        assertTrue(r.evaluations() <= 94, "evaluations " + r.evaluations());
    }

    @Test
    void extendedRosenbrockInTenDimensions() {
        double[] x0 = TestProblems.extendedRosenbrockStart(10);
        LbfgsResult r = new Lbfgs(TIGHT).minimize(TestProblems::extendedRosenbrock, x0, null);
        assertTrue(r.converged(), r.toString());
        double[] ones = new double[10];
        Arrays.fill(ones, 1.0);
        assertArrayEquals(ones, r.x(), 1e-5);
        // Sanity note, not a golden value: scipy 1.17.1 L-BFGS-B (no bounds, maxcor=10, gtol=1e-10, ftol=0) from
        // (-1.2, 1, ..., -1.2, 1) takes nit=38, nfev=46 (/work/refs/scripts/lbfgs_reference.py); allow twice that.
        assertTrue(r.iterations() <= 76, "iterations " + r.iterations());
        assertTrue(r.evaluations() <= 92, "evaluations " + r.evaluations());
    }

    @Test
    void defaultOptionsConvergeOnRosenbrock() {
        LbfgsResult r = new Lbfgs(new LbfgsOptions()).minimize(TestProblems::rosenbrock, new double[] {-1.2, 1}, null);
        assertTrue(r.converged(), r.toString());
        assertArrayEquals(new double[] {1, 1}, r.x(), 1e-3);
    }

    @Test
    void backtracksFromPointsWhereTheFunctionIsNaN() {
        AtomicInteger nonFinite = new AtomicInteger();
        DifferentiableFunction f = (x, g) -> {
            double v = TestProblems.logBarrier(x, g);
            if (!Double.isFinite(v)) {
                nonFinite.incrementAndGet();
            }
            return v;
        };
        LbfgsResult r = new Lbfgs(TIGHT).minimize(f, new double[] {4, 7, 10, 0.05}, null);
        assertTrue(nonFinite.get() > 0, "the test should make the line search step into the NaN region");
        assertTrue(r.converged(), r.toString());
        assertArrayEquals(new double[] {1, 1, 1, 1}, r.x(), 1e-8);
        // Sanity note, not a golden value: scipy 1.17.1 L-BFGS-B (no bounds, maxcor=10, gtol=1e-10, ftol=0) from
        // (4, 7, 10, 0.05) takes nit=15, nfev=59 (/work/refs/scripts/lbfgs_reference.py).
        assertTrue(r.evaluations() <= 118, "evaluations " + r.evaluations());
    }

    @Test
    void listenerStopsAtIterationThree() {
        List<double[]> seen = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        IterationListener stopAtThree = (iteration, value, gradientNorm, x) -> {
            numbers.add(iteration);
            seen.add(x);
            return iteration < 3;
        };
        LbfgsResult r = new Lbfgs(TIGHT).minimize(TestProblems::rosenbrock, new double[] {-1.2, 1}, stopAtThree);
        assertEquals(StopReason.STOPPED_BY_LISTENER, r.reason());
        assertFalse(r.converged());
        assertEquals(3, r.iterations());
        assertEquals(List.of(1, 2, 3), numbers);
        assertArrayEquals(seen.get(2), r.x(), 0.0);
        double[] g = new double[2];
        assertEquals(TestProblems.rosenbrock(r.x(), g), r.value(), 0.0);
        assertEquals(Math.max(Math.abs(g[0]), Math.abs(g[1])), r.gradientNorm(), 0.0);
    }

    @Test
    void maxIterationsIsRespected() {
        AtomicInteger calls = new AtomicInteger();
        LbfgsResult r = new Lbfgs(TIGHT.withMaxIterations(5)).minimize(TestProblems::rosenbrock,
                new double[] {-1.2, 1}, (i, v, gn, x) -> calls.incrementAndGet() > 0);
        assertEquals(StopReason.MAX_ITERATIONS, r.reason());
        assertEquals(5, r.iterations());
        assertEquals(5, calls.get());
    }

    @Test
    void maxEvaluationsIsRespected() {
        AtomicInteger evaluations = new AtomicInteger();
        DifferentiableFunction counted = (x, g) -> {
            evaluations.incrementAndGet();
            return TestProblems.extendedRosenbrock(x, g);
        };
        LbfgsResult r = new Lbfgs(TIGHT.withMaxEvaluations(17))
                .minimize(counted, TestProblems.extendedRosenbrockStart(10), null);
        assertEquals(StopReason.MAX_EVALUATIONS, r.reason());
        assertEquals(17, evaluations.get());
        assertEquals(17, r.evaluations());
    }

    @Test
    void evaluationCountMatchesTheCallsToF() {
        AtomicInteger evaluations = new AtomicInteger();
        DifferentiableFunction counted = (x, g) -> {
            evaluations.incrementAndGet();
            return TestProblems.rosenbrock(x, g);
        };
        LbfgsResult r = new Lbfgs(TIGHT).minimize(counted, new double[] {-1.2, 1}, null);
        assertEquals(evaluations.get(), r.evaluations());
    }

    @Test
    void startingAtTheMinimiserStopsWithoutIterating() {
        LbfgsResult r = new Lbfgs(new LbfgsOptions()).minimize(TestProblems::rosenbrock, new double[] {1, 1}, null);
        assertEquals(StopReason.GRADIENT_TOLERANCE, r.reason());
        assertEquals(0, r.iterations());
        assertEquals(1, r.evaluations());
    }

    @Test
    void deterministicAndLeavesTheStartingPointAlone() {
        double[] x0 = TestProblems.extendedRosenbrockStart(10);
        double[] copy = x0.clone();
        Lbfgs lbfgs = new Lbfgs(TIGHT.withMemory(3));
        LbfgsResult a = lbfgs.minimize(TestProblems::extendedRosenbrock, x0, null);
        LbfgsResult b = lbfgs.minimize(TestProblems::extendedRosenbrock, x0, null);
        assertArrayEquals(copy, x0, 0.0);
        assertArrayEquals(a.x(), b.x(), 0.0);
        assertEquals(a.iterations(), b.iterations());
        assertEquals(a.evaluations(), b.evaluations());
    }

    @Test
    void concurrentCallsOnOneInstanceAreIndependent() throws Exception {
        Lbfgs lbfgs = new Lbfgs(TIGHT);
        double[] x0 = TestProblems.extendedRosenbrockStart(10);
        LbfgsResult sequential = lbfgs.minimize(TestProblems::extendedRosenbrock, x0, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LbfgsResult>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> lbfgs.minimize(TestProblems::extendedRosenbrock, x0, null)));
            }
            for (Future<LbfgsResult> future : futures) {
                LbfgsResult r = future.get();
                assertArrayEquals(sequential.x(), r.x(), 0.0);
                assertEquals(sequential.evaluations(), r.evaluations());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resultArrayIsACopy() {
        LbfgsResult r = new Lbfgs(new LbfgsOptions()).minimize(TestProblems::rosenbrock, new double[] {1, 1}, null);
        r.x()[0] = 42;
        assertEquals(1.0, r.x()[0], 0.0);
    }

    @Test
    void rejectsAStartWhereFIsNotFinite() {
        Lbfgs lbfgs = new Lbfgs(new LbfgsOptions());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lbfgs.minimize(TestProblems::logBarrier, new double[] {-1}, null));
        assertTrue(e.getMessage().startsWith("f(x0)=NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> lbfgs.minimize(TestProblems::rosenbrock, new double[] {0, Double.NaN}, null));
        assertEquals("x0[1]=NaN, allowed: finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> lbfgs.minimize(TestProblems::rosenbrock, new double[0], null));
        assertEquals("x0.length=0, allowed: >= 1", e.getMessage());
    }

    @Test
    void reportsLineSearchFailureWhenNoStepDecreasesF() {
        // f = x with its gradient claimed as −1: the "descent" direction +1 increases f at every step length.
        DifferentiableFunction wrongSign = (x, g) -> {
            g[0] = -1;
            return x[0];
        };
        LbfgsResult r = new Lbfgs(new LbfgsOptions()).minimize(wrongSign, new double[] {0}, null);
        assertEquals(StopReason.LINE_SEARCH_FAILED, r.reason());
        assertEquals(0, r.iterations());
        assertArrayEquals(new double[] {0}, r.x(), 0.0);
        assertTrue(r.evaluations() <= 1 + WolfeLineSearch.MAX_EVALUATIONS_PER_SEARCH);
    }
}
