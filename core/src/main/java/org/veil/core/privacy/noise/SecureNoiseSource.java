package org.veil.core.privacy.noise;

/**
 * The noise source for releases that claim privacy: grid rounding plus the exact CKS discrete
 * samplers (see {@link GridNoise}), with bits from {@link AesCtrDrbg}, an AES-256-CTR
 * deterministic random bit generator keyed from {@link java.security.SecureRandom}. It has no seed
 * and no way to set one: two instances, and two runs, produce unrelated noise.
 *
 * <p><b>Thread safety:</b> thread-safe. Each call holds this source's private lock for the whole
 * array, so concurrent callers are serialised (each gets independent noise); for parallel noising
 * create one source per thread.
 *
 * <p>References: NIST SP 800-90A Rev. 1, section 10.2.1 (CTR_DRBG, the construction followed);
 * Canonne, Kamath and Steinke, NeurIPS 2020, Algorithms 1-3.
 */
final class SecureNoiseSource implements NoiseSource {

    private final Object lock = new Object();
    private final WordBuffer bits = new WordBuffer(new AesCtrDrbg());

    SecureNoiseSource() {
    }

    @Override
    public void addGaussian(double[] values, double standardDeviation) {
        synchronized (lock) {
            GridNoise.addGaussian(values, standardDeviation, bits);
        }
    }

    @Override
    public void addLaplace(double[] values, double scale) {
        synchronized (lock) {
            GridNoise.addLaplace(values, scale, bits);
        }
    }

    @Override
    public boolean isSecure() {
        return true;
    }

    @Override
    public String name() {
        return "secure";
    }
}
