package org.veil.core.privacy.noise;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Hand-run throughput measurement (not a test; Surefire does not pick it up): samples per second of
 * {@code addGaussian} / {@code addLaplace} on a 10^6-element array, single-threaded, for both
 * sources, with the unsafe floating-point {@code x + sd * nextGaussian()} as a reference point.
 * Reports the median and the best of several timed repetitions after warm-up, both per wall-clock
 * second and per second of this thread's CPU time (less disturbed by other load on a shared machine).
 *
 * <pre>
 * mvn -B -q -o -pl core test-compile
 * for s in seeded secure unsafe; do
 *   java -cp core/target/classes:core/target/test-classes org.veil.core.privacy.noise.NoiseThroughputBench $s
 * done
 * </pre>
 */
public final class NoiseThroughputBench {

    private static final int SIZE = 1_000_000;
    private static final int WARMUP = 5;
    private static final int REPS = 9;

    private NoiseThroughputBench() {
    }

    /**
     * Runs the measurement. Argument: {@code seeded}, {@code secure} or {@code unsafe} to measure one
     * source alone (the JIT then sees one bit source, as in a real run), or nothing for all in turn.
     */
    public static void main(String[] args) {
        String only = args.length > 0 ? args[0] : "all";
        double[] values = new double[SIZE];
        System.out.printf("%s: %d values per call, %d warm-up calls, %d timed calls; samples/s (median / best)%n",
                only, SIZE, WARMUP, REPS);
        if (only.equals("all") || only.equals("seeded")) {
            NoiseSource seeded = NoiseSource.seeded(42L);
            report("seeded  addGaussian(sd=1.0)", values, () -> seeded.addGaussian(values, 1.0));
            report("seeded  addGaussian(sd=1.3)", values, () -> seeded.addGaussian(values, 1.3));
            report("seeded  addLaplace(b=1.0)", values, () -> seeded.addLaplace(values, 1.0));
        }
        if (only.equals("all") || only.equals("secure")) {
            NoiseSource secure = NoiseSource.secure();
            report("secure  addGaussian(sd=1.0)", values, () -> secure.addGaussian(values, 1.0));
            report("secure  addGaussian(sd=1.3)", values, () -> secure.addGaussian(values, 1.3));
            report("secure  addLaplace(b=1.0)", values, () -> secure.addLaplace(values, 1.0));
        }
        if (only.equals("all") || only.equals("unsafe")) {
            SplittableRandom plain = new SplittableRandom(42L);
            report("unsafe  x + nextGaussian() (reference only)", values, () -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] += plain.nextGaussian();
                }
            });
        }
    }

    private static void report(String label, double[] values, Runnable call) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) {
            Arrays.fill(values, 0.0);
            call.run();
        }
        double[] wall = new double[REPS];
        double[] cpu = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            Arrays.fill(values, 0.0);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.run();
            wall[i] = values.length / ((System.nanoTime() - start) / 1e9);
            cpu[i] = values.length / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-45s wall %6.2f / %6.2f M/s   cpu %6.2f / %6.2f M/s%n", label,
                wall[REPS / 2] / 1e6, wall[REPS - 1] / 1e6, cpu[REPS / 2] / 1e6, cpu[REPS - 1] / 1e6);
    }
}
