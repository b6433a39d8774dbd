package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Samplers loop until acceptance: a broken one may never return, hence the timeout. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SecureNoiseSourceTest {

    @Test
    void twoInstancesProduceDifferentNoise() {
        double[] x = new double[16];
        double[] y = new double[16];
        NoiseSource.secure().addGaussian(x, 1.0);
        NoiseSource.secure().addGaussian(y, 1.0);
        assertFalse(Arrays.equals(x, y));
    }

    @Test
    void offersNoWayToSeedIt() {
        for (Class<?> type : new Class<?>[] {SecureNoiseSource.class, AesCtrDrbg.class}) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                assertEquals(0, c.getParameterCount(), "constructor takes no seed: " + c);
            }
            for (Method m : type.getDeclaredMethods()) {
                assertFalse(m.getName().toLowerCase(Locale.ROOT).contains("seed") && !m.getName().equals("reseed"),
                        "no seeding method: " + m);
                for (Class<?> p : m.getParameterTypes()) {
                    assertFalse(p == long.class || p == byte[].class || p == java.util.Random.class
                            || p == java.security.SecureRandom.class, "no seed-like parameter: " + m);
                }
            }
        }
        // The only public way in is the no-argument factory.
        for (Method m : NoiseSource.class.getMethods()) {
            if (m.getReturnType() == NoiseSource.class && m.getName().equals("secure")) {
                assertEquals(0, m.getParameterCount());
            }
        }
        NoiseSource noise = NoiseSource.secure();
        assertTrue(noise.isSecure());
        assertEquals("secure", noise.name());
    }

    @Test
    void keystreamIsFreshAcrossRefills() {
        WordBuffer bits = new WordBuffer(new AesCtrDrbg());
        long[] words = new long[3 * WordBuffer.WORDS];
        Set<Long> distinct = new HashSet<>();
        long ones = 0;
        for (int i = 0; i < words.length; i++) {
            words[i] = bits.nextLong();
            distinct.add(words[i]);
            ones += Long.bitCount(words[i]);
        }
        // 24576 random 64-bit words: a repeat has probability about 2^-35.
        assertEquals(words.length, distinct.size(), "no repeated word within or across refills");
        double bitCount = 64.0 * words.length;
        // Binomial(bitCount, 1/2): 6 standard errors.
        assertEquals(bitCount / 2, ones, 6 * Math.sqrt(bitCount / 4), "balanced bits");
    }

    @Test
    void generatorsAndSuccessiveFillsAreUnrelated() {
        AesCtrDrbg a = new AesCtrDrbg();
        AesCtrDrbg b = new AesCtrDrbg();
        long[] a1 = new long[4];
        long[] a2 = new long[4];
        long[] b1 = new long[4];
        a.fill(a1);
        a.fill(a2);
        b.fill(b1);
        assertFalse(Arrays.equals(a1, a2), "the state moves on after each fill");
        assertFalse(Arrays.equals(a1, b1), "independent instances");
        long[] longer = new long[1000];
        a.fill(longer);
        assertFalse(Arrays.equals(Arrays.copyOf(longer, 4), a2), "keystream never repeats after resizing");
    }

    @Test
    void concurrentCallersGetValidIndependentNoise() throws Exception {
        NoiseSource noise = NoiseSource.secure();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    double[] v = new double[20_000];
                    noise.addGaussian(v, 2.0);
                    return v;
                }));
            }
            double g = NoiseSource.granularity(2.0);
            Set<Double> firsts = new HashSet<>();
            for (Future<double[]> f : results) {
                double[] v = f.get();
                double squares = 0;
                for (double x : v) {
                    assertEquals(Math.rint(x / g), x / g, 0.0);
                    squares += x * x;
                }
                // Variance 4, SE 4 sqrt(2 / n) = 0.04: allow 6 SE.
                assertEquals(4.0, squares / v.length, 0.24);
                firsts.add(v[0]);
            }
            assertEquals(results.size(), firsts.size(), "callers did not share draws");
        } finally {
            pool.shutdownNow();
        }
    }
}
