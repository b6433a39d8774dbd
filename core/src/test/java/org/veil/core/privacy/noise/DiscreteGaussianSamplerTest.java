package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Samplers loop until acceptance: a broken one may never return, hence the timeout. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DiscreteGaussianSamplerTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 3.0, 10.0, 2.75})
    void matchesTheDiscreteGaussianPmf(double sigma) {
        SplittableRandom random = new SplittableRandom(31L * Double.hashCode(sigma));
        RandomBits bits = random::nextLong;
        DiscreteGaussianSampler sampler = new DiscreteGaussianSampler(sigma);
        long[] samples = new long[200_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = sampler.sample(bits);
        }
        // CKS 2020, Definition 1: P(k) ∝ exp(-k^2 / (2 sigma^2)).
        PmfAssertions.assertFitsSymmetricPmf(samples, k -> Math.exp(-(double) k * k / (2 * sigma * sigma)),
                (int) (12 * sigma) + 12, "discrete Gaussian sigma=" + sigma);
    }

    @Test
    void rejectsSigmaOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> new DiscreteGaussianSampler(0));
        assertThrows(IllegalArgumentException.class, () -> new DiscreteGaussianSampler(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new DiscreteGaussianSampler(0x1p49));
    }
}
