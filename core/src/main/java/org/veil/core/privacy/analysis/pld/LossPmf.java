package org.veil.core.privacy.analysis.pld;

/**
 * A discretised privacy loss distribution: probability {@code masses[i]} at loss
 * {@code shift + (offset + i) * interval}, plus {@code infinityMass} at loss +Infinity (Koskela, Jalko and
 * Honkela 2020, section 3; Meiser and Mohammadi 2018, section 4). The masses may sum to less than 1
 * (a sub-probability), which only lowers every hockey-stick divergence computed from them.
 *
 * <p>The array is owned by this object and not copied: package code builds it once and only reads it.
 * Effectively immutable once published; no randomness.
 */
final class LossPmf {
    private final double interval;
    private final double shift;
    private final long offset;
    private final double[] masses;
    private final double infinityMass;

    LossPmf(double interval, double shift, long offset, double[] masses, double infinityMass) {
        this.interval = interval;
        this.shift = shift;
        this.offset = offset;
        this.masses = masses;
        this.infinityMass = infinityMass;
    }

    double interval() {
        return interval;
    }

    /** The grid's anchor: grid index k is loss shift + k * interval. */
    double shift() {
        return shift;
    }

    /** Grid index of {@code masses[0]}. */
    long offset() {
        return offset;
    }

    /** Grid index of the last mass. */
    long top() {
        return offset + masses.length - 1;
    }

    double[] masses() {
        return masses;
    }

    int size() {
        return masses.length;
    }

    double infinityMass() {
        return infinityMass;
    }

    /** Total finite mass (compensated sum). */
    double finiteMass() {
        return Summation.sum(masses);
    }
}
