package org.veil.core.privacy.analysis.pld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.analysis.pld.SubsampledGaussianPair.Direction;

/**
 * One direction (add or remove) of a ledger: discretises every mechanism both ways on an anchored grid,
 * plans the tilt and the FFT window, composes, and reads off the pessimistic and optimistic epsilons. Stateless
 * and thread-safe; no randomness.
 */
final class DirectionAnalysis {

    /** The direction's answer: epsilons, FFT length used, pessimistic infinity mass, rounding-noise allowance. */
    record Outcome(double epsilon, double optimisticEpsilon, int gridSize, double infinityMass, double noise) {
    }

    /** Thrown inside the package when the window needs more than the allowed FFT length. */
    static final class GridTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long points;

        GridTooLarge(long points) {
            super("grid of " + points + " points", null, false, false);
            this.points = points;
        }
    }

    /** Rounding noise above this fraction of delta triggers the tilted composition. */
    private static final double NOISE_TOLERANCE = 1e-5;
    /** Tilted windows may always grow to this many points (cheap), else to twice the untilted window. */
    private static final int SMALL_GRID = 1 << 16;
    /** Grid points between the optimistic answer and the start of a tilted window. */
    private static final long FLOOR_MARGIN = 16;

    private DirectionAnalysis() {
    }

    /**
     * @param counts  runs per mechanism
     * @param h       grid interval
     * @param tail    per-step tail mass beyond the truncation points
     * @param wrap    mass allowed to wrap around the FFT window, per side and per discretisation
     * @param maxGrid largest FFT length allowed
     */
    static Outcome analyse(Map<SubsampledGaussian, Long> counts, Direction direction, double h, double tail,
            double wrap, int maxGrid, double delta) {
        List<Term> terms = terms(counts, direction, h, tail, maxGrid, true);
        double logNoInfinity = 0;
        for (Term t : terms) {
            // infinity masses compose as 1 - prod (1 - inf_e)^{n_e} (Koskela et al. 2020, sec. 3)
            logNoInfinity += t.count() * Math.log1p(-t.pessimistic().infinityMass());
        }
        double infinity = -Math.expm1(logNoInfinity);
        Reader reader = new Reader(h, infinity, wrap, delta);
        TailWindow.Plan plan = TailWindow.untilted(terms, wrap, maxGrid);
        double[] eps = reader.read(SpectralComposition.compose(terms, plan), true);
        // beyond the composition's largest finite loss only the infinity mass and the truncations count
        double supportTop = shift(terms) + top(terms) * h;
        if (infinity + 2 * wrap <= delta) {
            eps[0] = Math.min(eps[0], supportTop);
        }
        if (!(eps[2] > NOISE_TOLERANCE * delta)) {
            return new Outcome(eps[0], eps[1], plan.n(), infinity, eps[2]);
        }
        // the transform's rounding noise matters at this delta: tilt, so that it is relative to the tail (in a
        // window at most twice as long); both answers are bounds, so the better of each pair is kept
        int cap = (int) Math.min(maxGrid, Math.max(2L * plan.n(), SMALL_GRID));
        try {
            // start the window a little below the optimistic answer, a lower bound on epsilon (its noise allowance
            // included); should it still be too high, the reader says so and the window starts at loss 0
            long floor = Double.isFinite(eps[1]) ? reader.index(eps[1], shift(terms)) - FLOOR_MARGIN : Long.MIN_VALUE;
            TailWindow.Plan tilted = TailWindow.tilted(terms, wrap, delta, floor, plan, cap);
            double[] better = reader.read(SpectralComposition.compose(terms, tilted), false);
            if (Double.isNaN(better[0]) || Double.isNaN(better[1])) { // epsilon below the window: start at loss 0
                tilted = TailWindow.tilted(terms, wrap, delta, reader.index(0, shift(terms)), plan, cap);
                better = reader.read(SpectralComposition.compose(terms, tilted), true);
            }
            boolean tiltWins = better[0] < eps[0];
            return new Outcome(Math.min(eps[0], better[0]), Math.max(eps[1], better[1]), tilted.n(), infinity,
                    tiltWins ? better[2] : eps[2]);
        } catch (GridTooLarge e) {
            return new Outcome(eps[0], eps[1], plan.n(), infinity, eps[2]); // the untilted answer and its allowance
        }
    }

    /** The composition's largest grid index, sum_e n_e top_e. */
    private static long top(List<Term> terms) {
        long top = 0;
        for (Term t : terms) {
            top = Math.addExact(top, Math.multiplyExact(t.count(), t.pessimistic().top()));
        }
        return top;
    }

    private static double shift(List<Term> terms) {
        double shift = 0;
        for (Term t : terms) {
            shift += t.count() * t.pessimistic().shift();
        }
        return shift;
    }

    /** Reads both epsilons off a composition, with the truncation, wrap-around and rounding-noise allowances. */
    private record Reader(double h, double infinity, double wrap, double delta) {

        /** Grid index of loss l (rounded down) on a grid shifted by {@code shift}. */
        long index(double l, double shift) {
            return (long) Math.floor((l - shift) / h);
        }

        /** {pessimistic epsilon, optimistic epsilon, noise allowance of the pessimistic one}. */
        double[] read(SpectralComposition.Composed c, boolean complete) {
            // mass outside the window (<= wrap per side) may have wrapped anywhere inside it: counted in full for
            // the upper bound, taken off for the lower bound (each unit of it moves delta by at most one unit);
            // the same for the measured rounding noise above epsilon
            double counted = infinity + 2 * wrap;
            double eps = HockeyStick.epsilon(c.pessimistic(), c.lo(), h, c.shift(), counted, delta, complete);
            double noise = Double.isFinite(eps) ? c.noise().above(index(eps, c.shift())) : 0;
            if (noise > 0) {
                eps = HockeyStick.epsilon(c.pessimistic(), c.lo(), h, c.shift(), counted + noise, delta, complete);
            }
            double optimistic = HockeyStick.epsilon(c.optimistic(), c.lo(), h, c.shift(), -2 * wrap, delta, complete);
            for (int i = 0; i < 2 && Double.isFinite(optimistic) && c.noise().level() > 0; i++) {
                // the allowance above the current answer, which can only move down: twice, to cover the bins it adds
                double below = c.noise().above(index(optimistic, c.shift()));
                optimistic = HockeyStick.epsilon(c.optimistic(), c.lo(), h, c.shift(), -2 * wrap - below, delta,
                        complete);
            }
            return new double[] {eps, optimistic, noise};
        }
    }

    /**
     * Each mechanism's discretisations on its anchored grid; with {@code both} false only the pessimistic one
     * (used twice), for a cheap estimate of the window.
     */
    static List<Term> terms(Map<SubsampledGaussian, Long> counts, Direction direction, double h, double tail,
            int maxGrid, boolean both) {
        List<Term> terms = new ArrayList<>();
        for (Map.Entry<SubsampledGaussian, Long> e : counts.entrySet()) {
            SubsampledGaussianPair pair = pair(e.getKey(), direction);
            Anchor anchor = Anchor.of(pair, h, tail);
            long[] range = ConnectTheDots.range(pair, h, anchor.c(), tail);
            if (range[1] - range[0] + 1 > 2L * maxGrid) {
                throw new GridTooLarge(range[1] - range[0] + 1);
            }
            LossPmf pessimistic = ConnectTheDots.pessimistic(pair, h, anchor.c(), tail);
            LossPmf optimistic = both
                    ? OutputQuantisation.optimistic(pair, h, tail, anchor, range[0], range[1]) : pessimistic;
            terms.add(new Term(pessimistic, optimistic, e.getValue()));
        }
        return terms;
    }

    /** The pair for one direction; q = 1 gives the same distribution both ways. */
    static SubsampledGaussianPair pair(SubsampledGaussian g, Direction direction) {
        return new SubsampledGaussianPair(g.sampleRate(), g.noiseMultiplier(), direction);
    }

    /** The window width in grid points, from the pessimistic discretisation only (a cheap estimate). */
    static long windowPoints(Map<SubsampledGaussian, Long> counts, Direction direction, double h, double tail,
            double wrap) {
        List<Term> terms = terms(counts, direction, h, tail, Integer.MAX_VALUE / 2, false);
        return TailWindow.untilted(terms, wrap, 1 << 30).points();
    }
}
