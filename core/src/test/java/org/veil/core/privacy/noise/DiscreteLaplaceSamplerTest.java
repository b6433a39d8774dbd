package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Samplers loop until acceptance: a broken one may never return, hence the timeout. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DiscreteLaplaceSamplerTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 3", "2, 3", "1, 10", "4, 1"})
    void matchesTheDiscreteLaplacePmf(long s, long t) {
        SplittableRandom random = new SplittableRandom(977L * s + t);
        RandomBits bits = random::nextLong;
        DiscreteLaplaceSampler sampler = new DiscreteLaplaceSampler(s, t);
        long[] samples = new long[200_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = sampler.sample(bits);
        }
        double scale = (double) t / s;
        // CKS 2020, Algorithm 2 output: P(k) ∝ exp(-|k| / scale), scale = t / s.
        PmfAssertions.assertFitsSymmetricPmf(samples, k -> Math.exp(-Math.abs(k) / scale),
                (int) (60 * scale) + 60, "discrete Laplace t/s=" + t + "/" + s);
    }

    @Test
    void scaleIsSplitExactlyIntoTOverS() {
        DiscreteLaplaceSampler a = DiscreteLaplaceSampler.ofScale(1.5);
        assertEquals(2, a.s());
        assertEquals(3, a.t());
        DiscreteLaplaceSampler b = DiscreteLaplaceSampler.ofScale(12.0);
        assertEquals(1, b.s());
        assertEquals(12, b.t());
        double lambda = 0x1p40 * 1.2345678901234;
        DiscreteLaplaceSampler c = DiscreteLaplaceSampler.ofScale(lambda);
        assertEquals(lambda, (double) c.t() / c.s(), 0.0);
        assertEquals(1, Long.bitCount(c.s()), "s is a power of two");
    }

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> new DiscreteLaplaceSampler(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new DiscreteLaplaceSampler(1, 0));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaplaceSampler.ofScale(0.5));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaplaceSampler.ofScale(Double.NaN));
    }
}
