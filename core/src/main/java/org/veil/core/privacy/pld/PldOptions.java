package org.veil.core.privacy.pld;

/**
 * Options of the {@link PldAccountant}. The grid interval h is chosen per ledger so that the composed privacy loss
 * distribution fills about {@code targetGridSize} points (never finer than {@code discretisationInterval}); when
 * that would need h coarser than {@code maxInterval}, h stays there and the grid may grow to {@code maxGridSize},
 * and a ledger that needs more is refused (the message suggests the RDP accountant). Both discretisation errors are
 * second order in h; the accountant reports the width of the bracket they give as {@code epsilonError}
 * (docs/pld-accountant.md).
 *
 * @param discretisationInterval the finest grid interval h (default 1e-6; reached only for very narrow
 *                               distributions, the headline case uses 3.4e-4)
 * @param maxInterval            the coarsest h allowed (default 1e-2)
 * @param targetGridSize         the FFT length h is coarsened to fit (default 2^16: the headline case
 *                               q=0.01, sigma=1.1, 10,000 steps then takes about 0.1 s warm and 0.3-0.5 s as the
 *                               first call in a fresh JVM on a two-core machine; each doubling roughly doubles the
 *                               time and quarters the discretisation error)
 * @param maxGridSize            the largest FFT length allowed at {@code maxInterval} (default 2^20, about 50 MB of
 *                               working memory per direction)
 * @param tailMass               the truncation budget beta added to delta for truncated tails and FFT wrap-around
 *                               (default 1e-15; at most delta/1000 is used)
 */
public record PldOptions(double discretisationInterval, double maxInterval, int targetGridSize, int maxGridSize,
        double tailMass) {

    /** Smallest and largest grid sizes accepted. */
    public static final int MIN_GRID = 1 << 10;
    public static final int MAX_GRID = 1 << 26;

    public PldOptions {
        if (!(discretisationInterval > 0 && discretisationInterval <= 0.1)) {
            throw new IllegalArgumentException("discretisationInterval=" + discretisationInterval
                    + ", allowed: (0, 0.1]");
        }
        if (!(maxInterval >= discretisationInterval && maxInterval <= 1)) {
            throw new IllegalArgumentException("maxInterval=" + maxInterval + ", allowed: [discretisationInterval="
                    + discretisationInterval + ", 1]");
        }
        checkGrid("targetGridSize", targetGridSize);
        checkGrid("maxGridSize", maxGridSize);
        if (targetGridSize > maxGridSize) {
            throw new IllegalArgumentException("targetGridSize=" + targetGridSize + ", allowed: <= maxGridSize="
                    + maxGridSize);
        }
        if (!(tailMass > 0 && tailMass <= 1e-6)) {
            throw new IllegalArgumentException("tailMass=" + tailMass + ", allowed: (0, 1e-6]");
        }
    }

    /** The defaults: h from 1e-6 up to 1e-2, aiming at 2^16 grid points, at most 2^20, truncation budget 1e-15. */
    public PldOptions() {
        this(1e-6, 1e-2, 1 << 16, 1 << 20, 1e-15);
    }

    /** Finest interval h; the coarsest is raised to h if below it. */
    public PldOptions withDiscretisationInterval(double h) {
        return new PldOptions(h, Math.max(h, maxInterval), targetGridSize, maxGridSize, tailMass);
    }

    public PldOptions withMaxInterval(double newMaxInterval) {
        return new PldOptions(discretisationInterval, newMaxInterval, targetGridSize, maxGridSize, tailMass);
    }

    /** Target FFT length; the maximum is raised to it if below it. */
    public PldOptions withTargetGridSize(int size) {
        return new PldOptions(discretisationInterval, maxInterval, size, Math.max(size, maxGridSize), tailMass);
    }

    /** Largest FFT length; the target is lowered to it if above it. */
    public PldOptions withMaxGridSize(int size) {
        return new PldOptions(discretisationInterval, maxInterval, Math.min(size, targetGridSize), size, tailMass);
    }

    public PldOptions withTailMass(double newTailMass) {
        return new PldOptions(discretisationInterval, maxInterval, targetGridSize, maxGridSize, newTailMass);
    }

    private static void checkGrid(String name, int size) {
        if (size < MIN_GRID || size > MAX_GRID || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException(name + "=" + size + ", allowed: a power of two in [2^10, 2^26]");
        }
    }
}
