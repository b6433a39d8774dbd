package org.veil.core.privacy.noise;

/** Placeholder until the noise work lands (replaced in this session). */
final class SeededNoiseSource implements NoiseSource {
    SeededNoiseSource(long... seed) {
    }

    @Override
    public void addGaussian(double[] values, double standardDeviation) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public void addLaplace(double[] values, double scale) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String name() {
        return "placeholder";
    }
}
