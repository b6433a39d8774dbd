package org.veil.core.privacy.pld;

import java.util.Locale;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;

/**
 * Timing bench for the PLD accountant (not a test). Run after {@code mvn -pl core test-compile}:
 * <pre>
 * mvn -q -o -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt) org.veil.core.privacy.pld.PldBench \
 *     [reps [q sigma steps delta [log2 targetGridSize]]]
 * </pre>
 * The first call in the JVM is the cold time; the median of the following {@code reps} calls is the warm time.
 * Prints wall time and the process's CPU time (all threads, the JIT compiler's included) of the whole
 * {@code epsilon()} call (both directions and the optimistic bracket), and the load average.
 */
public final class PldBench {

    private PldBench() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double q = args.length > 4 ? Double.parseDouble(args[1]) : 0.01;
        double sigma = args.length > 4 ? Double.parseDouble(args[2]) : 1.1;
        long steps = args.length > 4 ? Long.parseLong(args[3]) : 10_000;
        double delta = args.length > 4 ? Double.parseDouble(args[4]) : 1e-5;
        PldOptions options = args.length > 5 ? new PldOptions().withTargetGridSize(1 << Integer.parseInt(args[5]))
                : new PldOptions();
        PldAccountant accountant = new PldAccountant(options);
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(sigma, q), steps);
        java.lang.management.OperatingSystemMXBean system = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.OperatingSystemMXBean process = (com.sun.management.OperatingSystemMXBean) system;
        double[] wall = new double[reps + 1];
        PrivacyGuarantee g = null;
        for (int i = 0; i <= reps; i++) {
            long cpu0 = process.getProcessCpuTime();
            long t0 = System.nanoTime();
            g = accountant.epsilon(ledger, delta);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            double cpu = (process.getProcessCpuTime() - cpu0) / 1e6;
            System.out.printf(Locale.ROOT, "%s call: %.1f ms wall, %.1f ms cpu%n", i == 0 ? "cold" : "warm", wall[i], cpu);
        }
        double[] warm = java.util.Arrays.copyOfRange(wall, 1, wall.length);
        java.util.Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "q=%s sigma=%s steps=%d delta=%s: epsilon=%.9g error=%.3g cold=%.0f ms warm(median)=%.0f ms%n",
                q, sigma, steps, delta, g.epsilon(), g.epsilonError(), wall[0], warm.length > 0 ? warm[warm.length / 2] : Double.NaN);
        System.out.println(g.describe());
        System.out.printf(Locale.ROOT, "load average %.2f%n", system.getSystemLoadAverage());
        g.warnings().forEach(w -> System.out.println("warning: " + w));
    }
}
