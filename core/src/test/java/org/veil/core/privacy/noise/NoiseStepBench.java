package org.veil.core.privacy.noise;

import java.util.Arrays;

/**
 * Hand-run measurement of the DP-SGD case (not a test; Surefire does not pick it up): nanoseconds per
 * sample of {@code addGaussian} / {@code addLaplace} on an array of one MNIST MLP's parameter count
 * (269,322), one source per JVM. Prints the first (cold) call, then the median and best of the timed
 * calls after warm-up, in wall-clock time.
 *
 * <pre>
 * mvn -B -q -o -pl core test-compile
 * for s in seeded secure; do
 *   java -cp core/target/classes:core/target/test-classes org.veil.core.privacy.noise.NoiseStepBench $s
 * done
 * </pre>
 *
 * <p>Arguments: source ({@code seeded} or {@code secure}), then optionally the array size (default
 * 269322), warm-up calls (default 40) and timed calls (default 15). Thread count is whatever the
 * source uses; restrict it with {@code -Dveil.noise.threads=1} where supported.
 */
public final class NoiseStepBench {

    private NoiseStepBench() {
    }

    /** Runs the measurement; see the class comment for the arguments. */
    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "seeded";
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 269_322;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        NoiseSource source = which.equals("secure") ? NoiseSource.secure() : NoiseSource.seeded(42L);
        double[] values = new double[size];
        measure(which + " addGaussian(sd=1.0)", values, warmup, reps, () -> source.addGaussian(values, 1.0));
        measure(which + " addLaplace(b=1.0)", values, warmup, reps, () -> source.addLaplace(values, 1.0));
    }

    private static void measure(String label, double[] values, int warmup, int reps, Runnable call) {
        long start = System.nanoTime();
        call.run();
        double cold = (System.nanoTime() - start) / (double) values.length;
        double warmupTotal = 0;
        for (int i = 0; i < warmup; i++) {
            Arrays.fill(values, 0.0);
            long t = System.nanoTime();
            call.run();
            warmupTotal += System.nanoTime() - t;
        }
        double[] ns = new double[reps];
        for (int i = 0; i < reps; i++) {
            Arrays.fill(values, 0.0);
            long t = System.nanoTime();
            call.run();
            ns[i] = (System.nanoTime() - t) / (double) values.length;
        }
        Arrays.sort(ns);
        System.out.printf("%-30s n=%d  first call %6.1f ns/sample, warm-up mean %6.1f, then median %6.1f best %6.1f"
                + " ns/sample (%.1f ms/call)%n", label, values.length, cold,
                warmup == 0 ? Double.NaN : warmupTotal / warmup / values.length, ns[reps / 2], ns[0],
                ns[reps / 2] * values.length / 1e6);
    }
}
