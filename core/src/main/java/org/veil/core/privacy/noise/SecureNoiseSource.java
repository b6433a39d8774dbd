package org.veil.core.privacy.noise;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The noise source for releases that claim privacy: grid rounding plus the exact CKS discrete
 * samplers (see {@link GridNoise}), with bits from {@link AesCtrDrbg}, an AES-256-CTR
 * deterministic random bit generator keyed from {@link java.security.SecureRandom}. It has no seed
 * and no way to set one: two instances, and two runs, produce unrelated noise.
 *
 * <p><b>Parallelism and thread safety:</b> thread-safe, without a lock. The source keeps a set of
 * independent generators, each an {@link AesCtrDrbg} with its own key from {@code SecureRandom}
 * and its own {@link WordBuffer}. Every worker of every call borrows one generator for the whole
 * call, exclusively, and returns it afterwards (a new one is created when none is free), so
 * concurrent callers and the workers of a large array (see {@link ChunkedNoise}) never share a
 * generator. At most one generator exists per thread that has used the source at the same time.
 *
 * <p>References: NIST SP 800-90A Rev. 1, section 10.2.1 (CTR_DRBG, the construction followed);
 * Canonne, Kamath and Steinke, NeurIPS 2020, Algorithms 1-3.
 */
final class SecureNoiseSource implements NoiseSource {

    private final ConcurrentLinkedDeque<WordBuffer> idle = new ConcurrentLinkedDeque<>();
    private final NoiseWorkers workers = NoiseWorkers.shared();

    SecureNoiseSource() {
    }

    @Override
    public void addGaussian(double[] values, double standardDeviation) {
        GridNoise.addGaussian(values, standardDeviation, length -> this::borrow, workers);
    }

    @Override
    public void addLaplace(double[] values, double scale) {
        GridNoise.addLaplace(values, scale, length -> this::borrow, workers);
    }

    /** One generator for one worker, exclusively until the lease is closed. */
    private ChunkedNoise.Lease borrow() {
        WordBuffer free = idle.pollFirst();
        WordBuffer bits = free != null ? free : new WordBuffer(new AesCtrDrbg());
        return new ChunkedNoise.Lease() {
            @Override
            public RandomBits forChunk(int index) {
                return bits;
            }

            @Override
            public void close() {
                idle.offerFirst(bits);
            }
        };
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
