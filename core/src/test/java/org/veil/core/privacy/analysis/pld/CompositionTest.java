package org.veil.core.privacy.analysis.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.analysis.pld.SubsampledGaussianPair.Direction;

/** The FFT composition, plain and tilted, against direct convolution; the hockey stick and its inverse. */
class CompositionTest {
    private static final double TAIL = 1e-20;

    @Test
    void fftCompositionMatchesDirectConvolution() {
        Term a = term(0.3, 1.5, Direction.REMOVE, 3);
        Term b = term(0.05, 0.9, Direction.REMOVE, 2);
        List<Term> terms = List.of(a, b);
        double[] direct = {1};
        long offset = 0;
        for (Term t : terms) {
            for (int i = 0; i < t.count(); i++) {
                direct = convolve(direct, t.pessimistic().masses());
                offset += t.pessimistic().offset();
            }
        }
        TailWindow.Plan plain = TailWindow.untilted(terms, 1e-16, 1 << 20);
        TailWindow.Plan tilted = TailWindow.tilted(terms, 1e-16, 1e-9, plain.lo(), plain, 1 << 20);
        assertTrue(tilted.lambda() > 0);
        for (TailWindow.Plan plan : new TailWindow.Plan[] {plain, tilted}) {
            SpectralComposition.Composed c = SpectralComposition.compose(terms, plan);
            double mass = 0;
            for (int t = 0; t < c.pessimistic().length; t++) {
                int i = (int) (c.lo() + t - offset);
                double expected = i >= 0 && i < direct.length ? direct[i] : 0;
                // the tilted transform keeps relative accuracy far into the upper tail (around the tail at delta =
                // 1e-9 it was tilted for, and well beyond), where the plain one only has absolute accuracy
                boolean tail = plan.lambda() > 0 && i > direct.length / 2 && expected > 1e-40;
                double tolerance = tail ? 1e-8 * expected : 1e-14;
                assertEquals(expected, c.pessimistic()[t], tolerance, "index " + i + " lambda " + plan.lambda());
                mass += c.pessimistic()[t];
            }
            assertTrue(mass > 1 - 1e-12, "window holds the mass: " + mass);
            assertEquals(3 * a.pessimistic().shift() + 2 * b.pessimistic().shift(), c.shift(), 1e-15);
        }
    }

    @Test
    void hockeyStickIsMonotoneAndEpsilonIsItsInverse() {
        Term t = term(0.05, 1.0, Direction.REMOVE, 1);
        List<Term> terms = List.of(new Term(t.pessimistic(), t.optimistic(), 300));
        SpectralComposition.Composed c = SpectralComposition.compose(terms,
                TailWindow.untilted(terms, 1e-16, 1 << 20));
        double h = t.pessimistic().interval();
        double previous = 1;
        for (double eps = 0; eps < 8; eps += 0.01) {
            double d = HockeyStick.delta(c.pessimistic(), c.lo(), h, c.shift(), 0, eps);
            assertTrue(d <= previous + 1e-15, "delta increased at eps=" + eps);
            previous = d;
        }
        for (double delta : new double[] {1e-2, 1e-4, 1e-6, 1e-8}) {
            double eps = HockeyStick.epsilon(c.pessimistic(), c.lo(), h, c.shift(), 0, delta, true);
            assertTrue(HockeyStick.delta(c.pessimistic(), c.lo(), h, c.shift(), 0, eps) <= delta * (1 + 1e-9));
            assertTrue(HockeyStick.delta(c.pessimistic(), c.lo(), h, c.shift(), 0, eps - 1e-6) > delta);
        }
        assertEquals(Double.POSITIVE_INFINITY, HockeyStick.epsilon(c.pessimistic(), c.lo(), h, c.shift(), 2e-8,
                1e-8, true), "counted mass above delta: no finite epsilon");
    }

    private static Term term(double q, double sigma, Direction d, long count) {
        SubsampledGaussianPair pair = new SubsampledGaussianPair(q, sigma, d);
        double h = 2e-3;
        Anchor anchor = Anchor.of(pair, h, TAIL);
        long[] range = ConnectTheDots.range(pair, h, anchor.c(), TAIL);
        return new Term(ConnectTheDots.pessimistic(pair, h, anchor.c(), TAIL),
                OutputQuantisation.optimistic(pair, h, TAIL, anchor, range[0], range[1]), count);
    }

    private static double[] convolve(double[] x, double[] y) {
        double[] z = new double[x.length + y.length - 1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                z[i + j] += x[i] * y[j];
            }
        }
        return z;
    }
}
