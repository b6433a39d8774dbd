package org.veil.core.privacy.analysis.pld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.analysis.pld.SubsampledGaussianPair.Direction;

/**
 * Privacy loss distribution analysis of a ledger of Poisson-subsampled Gaussian mechanisms under the
 * add/remove-one relation (Koskela, Jalko and Honkela 2020; Sommer, Meiser and Mohammadi 2019; Doroshenko et al.
 * 2022; Google dp_accounting's PLD accountant): each direction (remove: the pair (P, Q); add: (Q, P)) is
 * discretised twice on a grid of interval h, pessimistically ({@link ConnectTheDots}) and optimistically
 * ({@link OutputQuantisation}), composed over the ledger with FFTs ({@link SpectralComposition}), and the smallest
 * epsilon with delta(eps) &lt;= delta is read off each ({@link HockeyStick}). A guarantee must hold for both
 * directions, so delta(eps) is the larger of the two and epsilon the larger of the two epsilons (as in
 * dp_accounting). The true epsilon lies between the optimistic and the pessimistic answer.
 *
 * <p>Grid: h is sized so that the composition's window (from Chernoff tail bounds, {@link TailWindow}, on a
 * cheap discretisation of about 1024 points) fills {@code targetGridSize} points, at least the finest interval
 * and at most {@code maxInterval}; a ledger whose window then needs more than {@code maxGridSize} points is refused
 * with an {@link IllegalArgumentException}.
 *
 * <p>Truncation budget: beta = min(tailMass, delta/1000) bounds what is added to delta in the pessimistic answer
 * (and taken off in the optimistic one): half for single-step tails beyond the truncation points, a quarter for
 * mass outside the FFT window.
 *
 * <p>Stateless and thread-safe; deterministic; single-threaded.
 */
public final class PldAnalysis {
    private static final int COARSE_POINTS = 1024;
    private static final int MAX_RETRIES = 3;

    private PldAnalysis() {
    }

    /**
     * @param entries        the ledger's entries (all {@link SubsampledGaussian})
     * @param delta          in (0, 1)
     * @param interval       finest discretisation interval h &gt; 0
     * @param maxInterval    coarsest interval allowed
     * @param targetGridSize FFT length that h is coarsened (up to maxInterval) to fit
     * @param maxGridSize    largest FFT length allowed
     * @param tailMass       truncation budget beta (capped at delta/1000)
     * @throws IllegalArgumentException for another mechanism type, or when the grid cannot fit
     */
    public static PldResult analyse(List<LedgerEntry> entries, double delta, double interval, double maxInterval,
            int targetGridSize, int maxGridSize, double tailMass) {
        Map<SubsampledGaussian, Long> counts = group(entries);
        long total = 0;
        boolean allFull = true;
        for (Map.Entry<SubsampledGaussian, Long> e : counts.entrySet()) {
            total = Math.addExact(total, e.getValue());
            allFull &= e.getKey().sampleRate() == 1;
        }
        double beta = Math.min(tailMass, delta * 1e-3);
        double tail = beta / 2 / total; // per step: n steps leave at most beta/2 of infinity mass
        double wrap = beta / 8; // per side and discretisation: 2 sides * wrap <= beta/4 each
        Direction[] directions = allFull ? new Direction[] {Direction.REMOVE} : Direction.values();
        Budget budget = new Budget(delta, beta, tail, wrap, maxGridSize);
        double h = startingInterval(counts, directions, new double[] {interval, maxInterval}, targetGridSize, budget);
        for (int attempt = 0; ; attempt++) {
            try {
                return analyseAt(counts, directions, h, h > interval, budget);
            } catch (DirectionAnalysis.GridTooLarge e) {
                if (attempt >= MAX_RETRIES || 2 * h > maxInterval) {
                    throw tooLarge(e.points, h, maxGridSize);
                }
                h *= 2;
            }
        }
    }

    /** The fixed settings of one analysis: delta, budget beta and its split, FFT length limit. */
    private record Budget(double delta, double beta, double tail, double wrap, int maxGridSize) {
    }

    private static PldResult analyseAt(Map<SubsampledGaussian, Long> counts, Direction[] directions, double h,
            boolean coarsened, Budget b) {
        double eps = 0;
        double optimistic = 0;
        int grid = 0;
        double infinity = 0;
        double noise = 0;
        for (DirectionAnalysis.Outcome o : analyseDirections(counts, directions, h, b)) {
            noise = Math.max(noise, o.noise());
            eps = Math.max(eps, o.epsilon()); // delta(eps) = max over directions (dp_accounting PLDAccountant)
            optimistic = Math.max(optimistic, o.optimisticEpsilon());
            grid = Math.max(grid, o.gridSize());
            infinity = Math.max(infinity, o.infinityMass());
        }
        // allowance for rounding in the final logarithms: the answers bracket the discretised values
        double slack = 1e-12 * (1 + optimistic);
        return new PldResult(eps > 0 ? eps + slack : 0, Math.max(0, optimistic - slack), h, grid, coarsened, infinity,
                b.beta(), noise,
                directions.length);
    }

    /**
     * The directions, one after the other. Running them on two threads halves the warm time but on a two-core
     * machine more than doubles the first call's: both would run in the interpreter while the JIT compiles.
     */
    private static List<DirectionAnalysis.Outcome> analyseDirections(Map<SubsampledGaussian, Long> counts,
            Direction[] directions, double h, Budget b) {
        List<DirectionAnalysis.Outcome> outcomes = new ArrayList<>();
        for (Direction d : directions) {
            outcomes.add(DirectionAnalysis.analyse(counts, d, h, b.tail(), b.wrap(), b.maxGridSize(), b.delta()));
        }
        return outcomes;
    }

    /**
     * The finest interval, or the coarser one at which a cheap pass (pessimistic PMFs on about 1024 points) says
     * the window fits {@code target} points with 10% to spare, and each single step's grid 2 * target points; at
     * most the coarsest interval, where the window must fit the largest grid.
     */
    private static double startingInterval(Map<SubsampledGaussian, Long> counts, Direction[] directions,
            double[] finestCoarsest, int target, Budget b) {
        double widest = 0; // loss range of one step
        for (SubsampledGaussian g : counts.keySet()) {
            for (Direction d : directions) {
                long[] range = ConnectTheDots.range(DirectionAnalysis.pair(g, d), 1, 0, b.tail());
                widest = Math.max(widest, range[1] - range[0]);
            }
        }
        double coarse = Math.max(finestCoarsest[0], widest / COARSE_POINTS);
        double window = 0; // loss units
        for (Direction d : directions) {
            try {
                window = Math.max(window, coarse * DirectionAnalysis.windowPoints(counts, d, coarse, b.tail(), b.wrap()));
            } catch (ArithmeticException overflow) {
                throw tooLarge(Long.MAX_VALUE, finestCoarsest[1], b.maxGridSize());
            }
        }
        double h = Math.max(finestCoarsest[0], Math.max(1.1 * window / target, widest / (2.0 * target)));
        if (h <= finestCoarsest[1]) {
            return h;
        }
        double points = 1.1 * window / finestCoarsest[1];
        if (points > b.maxGridSize() || widest / finestCoarsest[1] > 2.0 * b.maxGridSize()) {
            throw tooLarge((long) Math.min(Long.MAX_VALUE, points), finestCoarsest[1], b.maxGridSize());
        }
        return finestCoarsest[1];
    }

    private static PldGridLimitException tooLarge(long points, double h, int maxGridSize) {
        return new PldGridLimitException(String.format(Locale.ROOT,
                "PLD accounting would need a grid of about %.3g points at discretisation interval %.3g, more than "
                        + "maxGridSize=%d (the privacy loss is too spread out for this budget); "
                        + "use --accountant rdp for it", (double) points, h, maxGridSize));
    }

    private static Map<SubsampledGaussian, Long> group(List<LedgerEntry> entries) {
        Map<SubsampledGaussian, Long> counts = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            if (!(e.mechanism() instanceof SubsampledGaussian g)) {
                throw new IllegalArgumentException("mechanism type " + e.mechanism().getClass().getSimpleName()
                        + " is not supported by the PLD accountant, allowed: SubsampledGaussian");
            }
            if (e.count() > 0) {
                counts.merge(g, e.count(), Long::sum);
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("ledger has no releases; nothing to analyse");
        }
        return counts;
    }
}
