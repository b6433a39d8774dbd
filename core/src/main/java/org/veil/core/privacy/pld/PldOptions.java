package org.veil.core.privacy.pld;

/**
 * Settings of the {@link PldAccountant}'s discretisation and FFT composition.
 *
 * <p>Defaults: interval 1e-4 (dp_accounting's default, so that the two agree point for point),
 * coarsened by doubling up to 1e-2 when a ledger's composed grid would exceed 2^20 points (about
 * 50 MB of arrays and under a second on two cores), and 1e-15 of probability set aside for
 * truncated tails and FFT fold-over. At these defaults q = 0.01, sigma = 1.1, T = 10,000 uses
 * 2^18 and 2^19 points and reports epsilon within about 1.2e-4 of the exact value.
 *
 * @param discretisationInterval    the loss grid spacing h to try first; in (0, 0.1]
 * @param maxDiscretisationInterval the coarsest spacing the accountant may fall back to before
 *                                  refusing the ledger; in [discretisationInterval, 1]
 * @param maxGridSize               the largest FFT length and single-step grid, a power of two in [2^10, 2^26]
 * @param tailMassTruncation        probability mass the bound may give up to truncation (added to
 *                                  delta, as mass at infinite loss); in (0, 1e-6]
 */
public record PldOptions(
        double discretisationInterval,
        double maxDiscretisationInterval,
        int maxGridSize,
        double tailMassTruncation) {

    public PldOptions {
        if (!(discretisationInterval > 0 && discretisationInterval <= 0.1)) {
            throw new IllegalArgumentException("discretisationInterval=" + discretisationInterval + ", allowed: (0, 0.1]");
        }
        if (!(maxDiscretisationInterval >= discretisationInterval && maxDiscretisationInterval <= 1)) {
            throw new IllegalArgumentException("maxDiscretisationInterval=" + maxDiscretisationInterval
                    + ", allowed: [discretisationInterval=" + discretisationInterval + ", 1]");
        }
        if (maxGridSize < (1 << 10) || maxGridSize > (1 << 26) || Integer.bitCount(maxGridSize) != 1) {
            throw new IllegalArgumentException("maxGridSize=" + maxGridSize + ", allowed: a power of two in [1024, 67108864]");
        }
        if (!(tailMassTruncation > 0 && tailMassTruncation <= 1e-6)) {
            throw new IllegalArgumentException("tailMassTruncation=" + tailMassTruncation + ", allowed: (0, 1e-6]");
        }
    }

    /** The defaults: interval 1e-4, coarsest 1e-2, 2^20 grid points, truncation 1e-15. */
    public PldOptions() {
        this(1e-4, 1e-2, 1 << 20, 1e-15);
    }

    /**
     * A copy with this first interval; the coarsest interval is raised to it when it was smaller,
     * so that a fixed coarse grid can be asked for in one call.
     */
    public PldOptions withDiscretisationInterval(double interval) {
        return new PldOptions(interval, Math.max(maxDiscretisationInterval, interval), maxGridSize, tailMassTruncation);
    }

    /** A copy with this coarsest interval (equal to the first interval: never coarsen, refuse instead). */
    public PldOptions withMaxDiscretisationInterval(double interval) {
        return new PldOptions(discretisationInterval, interval, maxGridSize, tailMassTruncation);
    }

    public PldOptions withMaxGridSize(int size) {
        return new PldOptions(discretisationInterval, maxDiscretisationInterval, size, tailMassTruncation);
    }

    public PldOptions withTailMassTruncation(double mass) {
        return new PldOptions(discretisationInterval, maxDiscretisationInterval, maxGridSize, mass);
    }
}
