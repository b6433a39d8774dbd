package org.veil.core.privacy.analysis.pld;

import java.util.List;

/**
 * The composed privacy loss distribution of a ledger of Poisson-subsampled Gaussian steps, as a
 * pessimistic and an optimistic discretisation per direction. The true (continuous) hockey-stick
 * divergence lies between {@link #optimisticDelta} and {@link #delta} at every epsilon, so the true
 * epsilon at a delta lies between {@link #optimisticEpsilon} and {@link #epsilon}.
 *
 * <p>Under add/remove-one neighbouring the guarantee is the worse of the two directions:
 * delta(eps) = max(delta_remove(eps), delta_add(eps)), hence eps(delta) is the larger of the two
 * directions' epsilons (Zhu, Dong and Wang 2022; as dp_accounting's
 * {@code PrivacyLossDistribution.get_epsilon_for_delta}).
 *
 * <p>Immutable and thread-safe; no randomness.
 */
public final class ComposedPld {
    private final List<DiscretePld> pessimistic;
    private final List<DiscretePld> optimistic;
    private final double interval;
    private final double requestedInterval;
    private final int fftLength;

    ComposedPld(List<DiscretePld> pessimistic, List<DiscretePld> optimistic, double interval,
            double requestedInterval, int fftLength) {
        this.pessimistic = List.copyOf(pessimistic);
        this.optimistic = List.copyOf(optimistic);
        this.interval = interval;
        this.requestedInterval = requestedInterval;
        this.fftLength = fftLength;
    }

    /** The smallest epsilon the pessimistic discretisation certifies at delta: an upper bound on the true one. */
    public double epsilon(double delta) {
        return largestEpsilon(pessimistic, delta);
    }

    /** The optimistic discretisation's epsilon at delta: a lower bound on the true epsilon. */
    public double optimisticEpsilon(double delta) {
        return largestEpsilon(optimistic, delta);
    }

    /** delta(eps) is the larger of the directions' deltas, so eps(delta) is the larger of their epsilons. */
    private static double largestEpsilon(List<DiscretePld> directions, double delta) {
        checkDelta(delta);
        double eps = 0;
        for (DiscretePld d : directions) {
            eps = Math.max(eps, d.epsilon(delta));
        }
        return eps;
    }

    /** The pessimistic delta at epsilon: an upper bound on the true delta(eps). */
    public double delta(double epsilon) {
        double d = 0;
        for (DiscretePld p : pessimistic) {
            d = Math.max(d, p.delta(epsilon));
        }
        return d;
    }

    /** The optimistic delta at epsilon: a lower bound on the true delta(eps). */
    public double optimisticDelta(double epsilon) {
        double d = 0;
        for (DiscretePld p : optimistic) {
            d = Math.max(d, p.delta(epsilon));
        }
        return d;
    }

    /** The discretisation interval used. */
    public double interval() {
        return interval;
    }

    /** The interval asked for; smaller than {@link #interval()} when the grid limit forced coarsening. */
    public double requestedInterval() {
        return requestedInterval;
    }

    /** The largest FFT length used. */
    public int fftLength() {
        return fftLength;
    }

    /** 2 when both directions were composed, 1 when the pair is symmetric (no subsampling). */
    public int directions() {
        return pessimistic.size();
    }

    /** The mass the pessimistic result treats as infinite loss (truncated tails), largest over directions. */
    public double infinityMass() {
        double m = 0;
        for (DiscretePld p : pessimistic) {
            m = Math.max(m, p.infinityMass());
        }
        return m;
    }

    List<DiscretePld> pessimisticParts() {
        return pessimistic;
    }

    List<DiscretePld> optimisticParts() {
        return optimistic;
    }

    private static void checkDelta(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: (0, 1)");
        }
    }
}
