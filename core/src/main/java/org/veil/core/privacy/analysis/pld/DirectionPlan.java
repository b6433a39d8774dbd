package org.veil.core.privacy.analysis.pld;

import java.util.ArrayList;
import java.util.List;

/**
 * One direction (remove or add) of a ledger, discretised at one interval: the pessimistic and
 * optimistic single-step PMFs of every step kind, the Chernoff window of their composition and the
 * FFT length that window needs. {@link #compose()} runs the FFT.
 *
 * <p>Truncation budget: each step's upper tail beyond the grid (at most {@code stepTail}) becomes
 * infinity mass, composed as 1 - prod_j (1 - iota_j)^{T_j}; the FFT folds at most
 * {@code windowTail / 2} from above the window back into it (at lower losses), which the
 * pessimistic result adds to its infinity mass, and at most {@code windowTail / 2} from below
 * (at higher losses), which the optimistic result subtracts from its delta.
 *
 * <p>Not shared between threads (created and used by one call); no randomness.
 */
final class DirectionPlan {
    private final LossDirection direction;
    private final double interval;
    private final double windowTail;
    private final List<SpectralComposer.Factor> factors = new ArrayList<>();
    private final long base;
    private final long lo;
    private final long hi;
    private final double infinityMass;

    /**
     * @throws IllegalStateException when a single step's grid exceeds {@code maxGridSize} points (callers size h first)
     * @throws ArithmeticException   when grid indices overflow a long
     */
    DirectionPlan(LossDirection direction, List<GaussianSteps> steps, double interval, double stepTail,
            double windowTail, int maxGridSize) {
        this.direction = direction;
        this.interval = interval;
        this.windowTail = windowTail;
        List<ChernoffWindow.Factor> pessTails = new ArrayList<>();
        List<ChernoffWindow.Factor> optTails = new ArrayList<>();
        long b = 0;
        double logNoInfinity = 0;
        for (GaussianSteps s : steps) {
            SubsampledGaussianLoss loss = new SubsampledGaussianLoss(s.noiseMultiplier(), s.sampleRate(), direction);
            long[] range = loss.gridRange(interval, stepTail);
            if (range[1] - range[0] + 1 > maxGridSize) {
                throw new IllegalStateException("one step needs " + (range[1] - range[0] + 1) + " grid points > "
                        + maxGridSize);
            }
            LossBuckets buckets = loss.buckets(interval, range[0], range[1]);
            GridPmf pess = PessimisticDiscretisation.of(buckets);
            GridPmf opt = OptimisticDiscretisation.of(buckets);
            factors.add(new SpectralComposer.Factor(range[0], pess.probs(), opt.probs(), s.count()));
            pessTails.add(new ChernoffWindow.Factor(pess.probs(), s.count()));
            optTails.add(new ChernoffWindow.Factor(opt.probs(), s.count()));
            b = Math.addExact(b, Math.multiplyExact(s.count(), range[0]));
            // probability that no step lands at +Infinity: prod_j (1 - iota_j)^{T_j}
            logNoInfinity += s.count() * Math.log1p(-pess.infinityMass());
        }
        this.base = b;
        // one window holding both PMFs' windows, so that each folds at most windowTail / 2 per side
        long[] wp = ChernoffWindow.window(pessTails, windowTail);
        long[] wo = ChernoffWindow.window(optTails, windowTail);
        this.lo = Math.min(wp[0], wo[0]);
        this.hi = Math.max(wp[1], wo[1]);
        this.infinityMass = -Math.expm1(logNoInfinity);
    }

    /** Number of composed grid points in the Chernoff window. */
    long windowPoints() {
        return hi - lo + 1;
    }

    /** The FFT length this plan needs: the smallest power of two holding the window. */
    long fftLength() {
        long len = hi - lo + 1;
        long n = 2;
        while (n < len) {
            n <<= 1;
        }
        return n;
    }

    double interval() {
        return interval;
    }

    LossDirection direction() {
        return direction;
    }

    /** {pessimistic, optimistic} composed distributions of this direction. */
    DiscretePld[] compose() {
        int n = Math.toIntExact(fftLength());
        double[][] out = SpectralComposer.compose(factors, lo, hi, n);
        long offset = Math.addExact(base, lo);
        DiscretePld pess = new DiscretePld(interval, offset, out[0], infinityMass + windowTail / 2, 0);
        DiscretePld opt = new DiscretePld(interval, offset, out[1], 0, windowTail / 2);
        return new DiscretePld[] {pess, opt};
    }
}
