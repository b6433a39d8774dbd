package org.veil.core.privacy.pld;

import java.util.Arrays;
import java.util.Locale;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;

/**
 * Wall-clock timings of {@link PldAccountant#epsilon} (the full call: both directions, the
 * optimistic bracket, default options), warm JVM: each case runs 3 times to warm up, then 7 timed
 * runs; prints the median and minimum. Not a test (surefire runs only *Test classes). Run from the
 * repository root with
 * <pre>
 * mvn -B -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/cp.txt) org.veil.core.privacy.pld.PldBench
 * </pre>
 * See docs/pld-accountant.md for recorded numbers.
 */
public final class PldBench {
    private static final double[][] CASES = {
        // q, sigma, T, delta
        {0.01, 1.1, 10_000, 1e-5},
        {0.01, 1.1, 1_000, 1e-5},
        {0.01, 1.1, 100_000, 1e-5},
        {0.001, 0.8, 100_000, 1e-7},
        {0.05, 0.6, 1_000, 1e-5},
        {0.25, 1.0, 1_000, 1e-5},
        {1.0, 1.0, 1, 1e-5},
        {0.01, 1.1, 1_000_000, 1e-5},
    };

    private PldBench() {
    }

    public static void main(String[] args) {
        PldAccountant pld = new PldAccountant();
        System.out.println("q,sigma,T,delta,epsilon,epsilonError,interval,median_ms,min_ms");
        for (double[] c : CASES) {
            PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(c[1], c[0]), (long) c[2]);
            PrivacyGuarantee g = null;
            for (int i = 0; i < 3; i++) {
                g = pld.epsilon(ledger, c[3]);
            }
            double[] ms = new double[7];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                g = pld.epsilon(ledger, c[3]);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            System.out.println(String.format(Locale.ROOT, "%s,%s,%d,%s,%.6f,%.2e,%s,%.0f,%.0f", c[0], c[1], (long) c[2],
                    c[3], g.epsilon(), g.epsilonError(), g.method().replaceAll(".*interval ([0-9.e-]+),.*", "$1"),
                    ms[ms.length / 2], ms[0]));
        }
    }
}
