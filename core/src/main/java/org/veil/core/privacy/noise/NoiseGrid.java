package org.veil.core.privacy.noise;

/** Placeholder until the noise issue work lands (replaced in this session). */
final class NoiseGrid {
    private NoiseGrid() {
    }

    static double granularity(double scale) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
