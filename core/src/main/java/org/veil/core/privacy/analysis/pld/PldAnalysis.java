package org.veil.core.privacy.analysis.pld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Privacy loss distribution (PLD) analysis of Poisson-subsampled Gaussian compositions
 * (Koskela, Jalko and Honkela 2020; Koskela and Honkela 2021; Doroshenko et al. 2022; Google
 * dp_accounting's PLD accountant). Each step's loss is discretised on a grid of spacing h twice,
 * pessimistically ({@link PessimisticDiscretisation}) and optimistically
 * ({@link OptimisticDiscretisation}); both are composed by one FFT per step kind and direction
 * ({@link SpectralComposer}) over a window from a Chernoff bound ({@link ChernoffWindow}).
 *
 * <p>Interval choice: h starts at {@code interval}. When the composed window (or one step's grid)
 * would need more than {@code maxGridSize} points, h is doubled until it fits; past
 * {@code maxInterval} a {@link PldGridLimitException} says so. When one step alone spans more than
 * 2^16 points, a pilot run at a coarser grid (2^14 points a step) estimates the window first, so
 * that absurd ledgers are refused without building huge grids.
 *
 * <p>Immutable and thread-safe (every call builds its own arrays); no randomness.
 */
public final class PldAnalysis {
    private static final long PILOT_THRESHOLD = 1L << 16;
    private static final long PILOT_POINTS = 1L << 14;
    private static final int MAX_ROUNDS = 8;

    private final double interval;
    private final double maxInterval;
    private final int maxGridSize;
    private final double tailMass;

    /**
     * @param interval           the finest discretisation interval h, &gt; 0
     * @param maxInterval        the coarsest interval allowed when coarsening, &gt;= interval
     * @param maxGridSize        the largest FFT length and single-step grid, a power of two &gt;= 1024
     * @param tailMassTruncation total mass set aside for truncated tails and FFT fold-over, in (0, 1e-3]
     */
    public PldAnalysis(double interval, double maxInterval, int maxGridSize, double tailMassTruncation) {
        if (!(interval > 0) || !(maxInterval >= interval) || Double.isInfinite(maxInterval)) {
            throw new IllegalArgumentException("interval=" + interval + ", maxInterval=" + maxInterval
                    + ", allowed: 0 < interval <= maxInterval < Infinity");
        }
        if (maxGridSize < 1024 || Integer.bitCount(maxGridSize) != 1) {
            throw new IllegalArgumentException("maxGridSize=" + maxGridSize + ", allowed: a power of two >= 1024");
        }
        if (!(tailMassTruncation > 0 && tailMassTruncation <= 1e-3)) {
            throw new IllegalArgumentException("tailMassTruncation=" + tailMassTruncation + ", allowed: (0, 1e-3]");
        }
        this.interval = interval;
        this.maxInterval = maxInterval;
        this.maxGridSize = maxGridSize;
        this.tailMass = tailMassTruncation;
    }

    /**
     * Composes every step in {@code steps} (in any order: composition commutes).
     *
     * @throws PldGridLimitException when the grid does not fit even at {@code maxInterval}
     */
    public ComposedPld compose(List<GaussianSteps> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("steps is empty, allowed: at least one entry");
        }
        boolean symmetric = steps.stream().allMatch(s -> s.sampleRate() == 1);
        List<LossDirection> directions = symmetric ? List.of(LossDirection.REMOVE)
                : List.of(LossDirection.REMOVE, LossDirection.ADD);
        double total = steps.stream().mapToDouble(s -> (double) s.count()).sum();
        double stepTail = tailMass / (2 * total);
        double windowTail = tailMass / 2;
        try {
            double h = initialInterval(steps, directions, stepTail, windowTail);
            for (int round = 0; round < MAX_ROUNDS; round++) {
                double grid = h;
                // the two directions are independent: plan (and below, compose) them on separate cores
                List<DirectionPlan> plans = directions.parallelStream()
                        .map(d -> new DirectionPlan(d, steps, grid, stepTail, windowTail, maxGridSize)).toList();
                long need = plans.stream().mapToLong(DirectionPlan::fftLength).max().orElseThrow();
                if (need <= maxGridSize) {
                    return compose(plans, h, (int) need);
                }
                h = coarsen(h, need, need);
            }
        } catch (ArithmeticException e) {
            throw limit("grid indices overflow");
        }
        throw limit("the grid did not settle");
    }

    private ComposedPld compose(List<DirectionPlan> plans, double h, int fftLength) {
        List<DiscretePld[]> composed = plans.parallelStream().map(DirectionPlan::compose).toList();
        List<DiscretePld> pess = new ArrayList<>();
        List<DiscretePld> opt = new ArrayList<>();
        for (DiscretePld[] both : composed) {
            pess.add(both[0]);
            opt.add(both[1]);
        }
        return new ComposedPld(pess, opt, h, interval, fftLength);
    }

    /** interval, or a power-of-two multiple of it that a pilot run says the composition needs. */
    private double initialInterval(List<GaussianSteps> steps, List<LossDirection> directions, double stepTail,
            double windowTail) {
        long single = 0;
        for (LossDirection d : directions) {
            for (GaussianSteps s : steps) {
                long[] r = new SubsampledGaussianLoss(s.noiseMultiplier(), s.sampleRate(), d).gridRange(interval, stepTail);
                single = Math.max(single, r[1] - r[0] + 1);
            }
        }
        if (single <= PILOT_THRESHOLD && single <= maxGridSize) {
            return interval;
        }
        double pilot = interval * powerOfTwoAtLeast((double) single / PILOT_POINTS);
        long window = 0;
        for (LossDirection d : directions) {
            window = Math.max(window, new DirectionPlan(d, steps, pilot, stepTail, windowTail,
                    Integer.MAX_VALUE).windowPoints());
        }
        // the window in loss units hardly depends on h; 10% margin for the pilot's coarseness
        double needLoss = 1.1 * window * pilot;
        return coarsen(interval, (long) Math.ceil(needLoss / interval), single);
    }

    /** interval h * 2^k with the smallest k &gt;= 0 such that need / 2^k and single / 2^k fit maxGridSize. */
    private double coarsen(double h, long need, long single) {
        double factor = powerOfTwoAtLeast((double) Math.max(need, single) / maxGridSize);
        double coarser = h * factor;
        if (coarser > maxInterval * (1 + 1e-9)) {
            throw limit(String.format(Locale.ROOT, "about %.3g points at interval %.3g", (double) Math.max(need, single), h));
        }
        return coarser;
    }

    private PldGridLimitException limit(String detail) {
        return new PldGridLimitException(String.format(Locale.ROOT,
                "PLD accounting of this ledger needs more than maxGridSize=%d grid points even at the coarsest"
                        + " allowed discretisation interval %.3g (%s; noise too small or too many steps);"
                        + " use --accountant rdp", maxGridSize, maxInterval, detail));
    }

    private static double powerOfTwoAtLeast(double x) {
        double p = 1;
        while (p < x) {
            p *= 2;
        }
        return p;
    }
}
