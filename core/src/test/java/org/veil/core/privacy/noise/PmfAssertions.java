package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Test oracle for integer-valued samplers: the exact pmf is computed here by summing the unnormalised
 * weights (independently of the sampler), then a Pearson chi-square goodness-of-fit test (Commons
 * Math {@link ChiSquareTest}) and 5-standard-error checks of the mean and the variance.
 */
final class PmfAssertions {

    /** Reject the fit only below this p-value: a correct sampler fails one fixed seed 1 time in 10^4. */
    static final double MIN_P_VALUE = 1e-4;

    /** Bins with fewer expected counts are merged into their neighbour towards the centre. */
    private static final double MIN_EXPECTED = 5;

    private PmfAssertions() {
    }

    /**
     * Asserts that {@code samples} fit the pmf proportional to {@code weight} on the integers, which
     * must be symmetric and negligible (below 1e-20 relative) beyond {@code support}.
     */
    static void assertFitsSymmetricPmf(long[] samples, LongToDoubleFunction weight, int support, String what) {
        double[] pmf = new double[2 * support + 1];
        double total = 0;
        for (int k = -support; k <= support; k++) {
            pmf[k + support] = weight.applyAsDouble(k);
            total += pmf[k + support];
        }
        assertTrue(weight.applyAsDouble(support) / total < 1e-20, what + ": support too small for the oracle");
        double variance = 0;
        double fourth = 0;
        for (int k = -support; k <= support; k++) {
            pmf[k + support] /= total;
            variance += (double) k * k * pmf[k + support];
            fourth += (double) k * k * k * k * pmf[k + support];
        }
        long[] counts = new long[pmf.length];
        double sum = 0;
        double sumSquares = 0;
        for (long z : samples) {
            assertTrue(Math.abs(z) <= support, what + ": sample " + z + " outside the oracle's support");
            counts[(int) z + support]++;
            sum += z;
            sumSquares += (double) z * z;
        }
        int n = samples.length;
        double pValue = chiSquarePValue(pmf, counts, n);
        assertTrue(pValue > MIN_P_VALUE, what + ": chi-square p-value " + pValue);
        double mean = sum / n;
        assertEquals(0.0, mean, 5 * Math.sqrt(variance / n), what + ": mean");
        double sampleVariance = sumSquares / n - mean * mean;
        double varianceStandardError = Math.sqrt((fourth - variance * variance) / n);
        assertEquals(variance, sampleVariance, 5 * varianceStandardError, what + ": variance");
    }

    private static double chiSquarePValue(double[] pmf, long[] counts, int n) {
        List<double[]> bins = new ArrayList<>();
        int centre = pmf.length / 2;
        // Walk outwards from each end, pooling tail bins until the pool expects MIN_EXPECTED counts.
        double[] left = pool(pmf, counts, n, 0, centre, 1);
        double[] right = pool(pmf, counts, n, pmf.length - 1, centre, -1);
        int from = (int) left[2];
        int to = (int) right[2];
        bins.add(left);
        for (int i = from; i <= to; i++) {
            bins.add(new double[] {n * pmf[i], counts[i]});
        }
        bins.add(right);
        double[] expected = new double[bins.size()];
        long[] observed = new long[bins.size()];
        for (int i = 0; i < bins.size(); i++) {
            expected[i] = bins.get(i)[0];
            observed[i] = (long) bins.get(i)[1];
        }
        return new ChiSquareTest().chiSquareTest(expected, observed);
    }

    /** {expected, observed, first index not pooled} for the tail starting at {@code start}. */
    private static double[] pool(double[] pmf, long[] counts, int n, int start, int centre, int step) {
        double expected = 0;
        long observed = 0;
        int i = start;
        while (expected < MIN_EXPECTED && i != centre) {
            expected += n * pmf[i];
            observed += counts[i];
            i += step;
        }
        return new double[] {expected, observed, i};
    }
}
