package org.veil.core.privacy.analysis.pld;

/**
 * The optimistic discretisation of one direction of the subsampled Gaussian: a privacy loss distribution on
 * the grid {c + k h} whose hockey-stick curve, and that of every composition of it, lies below the true one.
 *
 * <p>Construction: cut the output line into cells (a, b] and release only the cell. That is post-processing,
 * so the pair of cell distributions is dominated by the true pair, also after composition (data processing
 * inequality for hockey-stick divergences; Dong, Roth and Su 2022, Lemma 2.9; Zhu, Dong and Wang 2022,
 * Lemma 9). A cell's privacy loss is log(A(a,b]/B(a,b]); the cells are chosen one after the other so that this
 * loss lands just above a grid point, and rounding it down onto that point lowers the divergence of every
 * composition (the divergence is non-decreasing in each step's loss; Meiser and Mohammadi 2018, section 4), so
 * the result stays a lower bound. The error is second order in h (the spread of the loss within a cell), like
 * the pessimistic {@link ConnectTheDots}, where rounding every loss down (Meiser and Mohammadi 2018, privacy
 * buckets) loses h per step.
 *
 * <p>The first cell is the {@link Anchor}'s, whose loss is the grid point c itself. Cells then grow away from it,
 * each aiming at the first grid point at least h/4 (failing that, just) beyond its fixed end's loss, plus
 * {@value #MARGIN}, an allowance for rounding in the computed loss. A march stops when what is left beyond it
 * cannot reach the next grid point (a narrow bulk); a second march then comes from the far tail towards it, and
 * only the cell where the two meet is rounded down, besides the outermost cells (-Infinity, a] and (b, +Infinity),
 * taken where A has at most {@code tail} mass left. Nothing is truncated.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
final class OutputQuantisation {
    /** Absolute allowance for rounding in a cell's computed loss before it is rounded down onto its grid point. */
    static final double MARGIN = 1e-11;
    private static final int MAX_STEPS = 100;
    /** A cell's loss is accepted within [target, target + TOLERANCE h]. */
    private static final double TOLERANCE = 1e-6;

    private OutputQuantisation() {
    }

    /** The optimistic PMF of {@code pair} on the grid {c + k h}, k in [bottom, top], c from {@code anchor}. */
    static LossPmf optimistic(SubsampledGaussianPair pair, double h, double tail, Anchor anchor, long bottom,
            long top) {
        double[] masses = new double[Math.toIntExact(top - bottom + 1)];
        March march = new March(pair, new Grid(masses, anchor.c(), h, bottom, top), tail);
        march.cell.set(anchor.from(), anchor.to());
        march.grid.deposit(march.cell.loss(), march.cell.massA());
        double upperTail = pair.upperTailPoint(tail);
        double stuck = anchor.to() < Double.POSITIVE_INFINITY ? march.up(anchor.to(), Double.POSITIVE_INFINITY) : NONE;
        if (!Double.isNaN(stuck)) { // come down from the upper tail and meet
            double from = Math.max(upperTail, stuck);
            march.deposit(from, Double.POSITIVE_INFINITY);
            double met = from > stuck ? march.down(from, stuck) : NONE;
            if (!Double.isNaN(met)) {
                march.deposit(stuck, met);
            }
        }
        double lowerTail = pair.lowerTailPoint(tail);
        stuck = anchor.from() > Double.NEGATIVE_INFINITY ? march.down(anchor.from(), Double.NEGATIVE_INFINITY) : NONE;
        if (!Double.isNaN(stuck)) { // come up from the lower tail and meet
            double to = Math.min(lowerTail, stuck);
            march.deposit(Double.NEGATIVE_INFINITY, to);
            double met = to < stuck ? march.up(to, stuck) : NONE;
            if (!Double.isNaN(met)) {
                march.deposit(met, stuck);
            }
        }
        return new LossPmf(h, anchor.c(), bottom, masses, 0);
    }

    /** No point: a march that finished. */
    private static final double NONE = Double.NaN;

    /** Cells placed exactly on grid points, marching along the line. Mutable scratch; not thread-safe. */
    private static final class March {
        final SubsampledGaussianPair pair;
        final Grid grid;
        final double tail;
        final Cell cell;

        March(SubsampledGaussianPair pair, Grid grid, double tail) {
            this.pair = pair;
            this.grid = grid;
            this.tail = tail;
            this.cell = new Cell(pair);
        }

        /** Deposits the cell (a, b] rounded down. */
        void deposit(double a, double b) {
            cell.set(a, b);
            grid.deposit(cell.loss(), cell.massA());
        }

        /**
         * Cells (a, b] from a upwards towards {@code end}: NONE when it got there (the rest, negligible or unable
         * to go further towards an infinite end, deposited), else the point where the rest (a, end] could not
         * reach the next grid point (not deposited).
         */
        double up(double a, double end) {
            cell.moveEnd(true);
            double upperTail = pair.upperTailPoint(tail);
            while (true) {
                double la = pair.loss(a);
                cell.set(a, end);
                double rest = cell.loss();
                if (!(cell.massA() > tail) || (end == Double.POSITIVE_INFINITY && a >= upperTail)) {
                    grid.deposit(rest, cell.massA());
                    return NONE;
                }
                double target = grid.c + Math.ceil((la - grid.c) / grid.h + 0.25) * grid.h + MARGIN;
                if (!(rest >= target)) {
                    target = grid.c + Math.ceil((la - grid.c) / grid.h + 1e-3) * grid.h + MARGIN; // a short cell
                }
                if (!(rest >= target)) {
                    return a;
                }
                double b = solve(cell, target, pair.inverseLoss(target), end, pair.inverseLoss(2 * target - la),
                        grid.h);
                deposit(a, b);
                a = b;
            }
        }

        /** The mirror of {@link #up}: cells (a, b] from b downwards towards {@code end}. */
        double down(double b, double end) {
            cell.moveEnd(false);
            double lowerTail = pair.lowerTailPoint(tail);
            while (true) {
                double lb = pair.loss(b);
                cell.set(end, b);
                double rest = cell.loss();
                if (!(cell.massA() > tail) || (end == Double.NEGATIVE_INFINITY && b <= lowerTail)) {
                    grid.deposit(rest, cell.massA());
                    return NONE;
                }
                double target = grid.c + Math.floor((lb - grid.c) / grid.h - 0.25) * grid.h + MARGIN;
                if (!(rest <= target)) {
                    target = grid.c + Math.floor((lb - grid.c) / grid.h - 1e-3) * grid.h + MARGIN;
                }
                if (!(rest <= target)) {
                    return b;
                }
                double a = solve(cell, target, end, pair.inverseLoss(target), pair.inverseLoss(2 * target - lb),
                        grid.h);
                deposit(a, b);
                b = a;
            }
        }
    }

    /**
     * The position x of the cell's moving end at which its loss is in [target, target + TOLERANCE h]: a safeguarded
     * Newton iteration on F(x) = loss - target, which increases in x; F(lo) &lt; 0 &lt;= F(hi), one of them
     * infinite. Falls back to hi (F &gt;= 0 there) when the iteration stalls.
     */
    private static double solve(Cell cell, double target, double lo, double hi, double guess, double h) {
        double tolerance = TOLERANCE * h;
        double width = Double.isInfinite(lo) && Double.isInfinite(hi) ? 1 : Math.max(hi - lo, 1e-9);
        if (Double.isInfinite(width)) {
            width = 1;
        }
        double x = guess > lo && guess < hi ? guess
                : Double.isInfinite(hi) ? lo + width : Double.isInfinite(lo) ? hi - width : 0.5 * (lo + hi);
        for (int step = 0; step < MAX_STEPS; step++) {
            cell.move(x);
            double f = cell.loss() - target;
            if (f >= 0 && f <= tolerance) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            // Newton towards the middle of the acceptance window, so that one good step lands inside it
            double next = x - (f - 0.5 * tolerance) / cell.lossDerivative();
            if (!(next > lo && next < hi)) {
                width *= 2;
                next = Double.isInfinite(hi) ? lo + width : Double.isInfinite(lo) ? hi - width : 0.5 * (lo + hi);
            }
            if (next == x || next == lo || next == hi) {
                break; // bracket exhausted at double precision
            }
            x = next;
        }
        return hi;
    }

    /** The grid being filled: index range, anchor and interval. */
    private static final class Grid {
        final double[] masses;
        final double c;
        final double h;
        final long bottom;
        final long top;

        Grid(double[] masses, double c, double h, long bottom, long top) {
            this.masses = masses;
            this.c = c;
            this.h = h;
            this.bottom = bottom;
            this.top = top;
        }

        /** Adds an atom at loss l rounded down onto the grid; below the range it is dropped, above it is moved
         * down to the top (all three lower delta). */
        void deposit(double loss, double mass) {
            double k = Math.floor((loss - c) / h);
            if (!(mass > 0) || !(k >= bottom)) {
                return;
            }
            masses[(int) (Math.min(k, top) - bottom)] += mass;
        }
    }
}
