package org.veil.pate.aggregate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Binomial acceptance bounds for the statistical tests (test fixture). */
final class Binomial {
    /** Standard deviations allowed: a correct implementation fails about once in 1.7 million runs per check. */
    static final double Z = 5;

    private Binomial() {
    }

    /** Asserts that {@code hits} of {@code trials} is within {@link #Z} binomial standard deviations of {@code p}. */
    static void assertRate(String what, long hits, int trials, double p) {
        double rate = (double) hits / trials;
        double bound = Z * Math.sqrt(p * (1 - p) / trials) + 1.0 / trials;
        assertTrue(Math.abs(rate - p) <= bound, what + ": rate " + rate + " vs analytic " + p + " (bound " + bound + ")");
    }
}
