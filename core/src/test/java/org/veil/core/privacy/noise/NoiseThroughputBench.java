package org.veil.core.privacy.noise;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Hand-run throughput measurement (not a test; Surefire does not pick it up): samples per second of
 * {@code addGaussian} / {@code addLaplace} on a 10^6-element array, single-threaded, for both
 * sources, with the unsafe floating-point {@code x + sd * nextGaussian()} as a reference point.
 * Reports the median and the best of several timed repetitions after warm-up.
 *
 * <pre>
 * mvn -B -q -o -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes org.veil.core.privacy.noise.NoiseThroughputBench
 * </pre>
 */
public final class NoiseThroughputBench {

    private static final int SIZE = 1_000_000;
    private static final int WARMUP = 5;
    private static final int REPS = 9;

    private NoiseThroughputBench() {
    }

    /** Runs the measurement; no arguments. */
    public static void main(String[] args) {
        double[] values = new double[SIZE];
        NoiseSource seeded = NoiseSource.seeded(42L);
        NoiseSource secure = NoiseSource.secure();
        SplittableRandom plain = new SplittableRandom(42L);
        System.out.printf("%d values per call, %d warm-up calls, %d timed calls; samples/s (median, best)%n",
                SIZE, WARMUP, REPS);
        report("seeded  addGaussian(sd=1.0)", values, () -> seeded.addGaussian(values, 1.0));
        report("seeded  addLaplace(b=1.0)", values, () -> seeded.addLaplace(values, 1.0));
        report("secure  addGaussian(sd=1.0)", values, () -> secure.addGaussian(values, 1.0));
        report("secure  addLaplace(b=1.0)", values, () -> secure.addLaplace(values, 1.0));
        report("unsafe  x + nextGaussian() (reference only)", values, () -> {
            for (int i = 0; i < values.length; i++) {
                values[i] += plain.nextGaussian();
            }
        });
    }

    private static void report(String label, double[] values, Runnable call) {
        for (int i = 0; i < WARMUP; i++) {
            Arrays.fill(values, 0.0);
            call.run();
        }
        double[] rates = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            Arrays.fill(values, 0.0);
            long start = System.nanoTime();
            call.run();
            rates[i] = values.length / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("%-45s %8.2f M/s  %8.2f M/s%n", label, rates[REPS / 2] / 1e6, rates[REPS - 1] / 1e6);
    }
}
