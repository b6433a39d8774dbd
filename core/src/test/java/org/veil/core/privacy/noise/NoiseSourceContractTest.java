package org.veil.core.privacy.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What both sources promise (NoiseSource Javadoc): on-grid output, right moments, checked arguments. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NoiseSourceContractTest {

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("seeded", (Supplier<NoiseSource>) () -> NoiseSource.seeded(20240607L)),
                Arguments.of("secure", (Supplier<NoiseSource>) NoiseSource::secure));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void outputsAreExactMultiplesOfTheGridEvenForOffGridInputs(String name, Supplier<NoiseSource> factory) {
        NoiseSource noise = factory.get();
        double[] inputs = {0.0, 0.1, Math.PI, -1e-9, 123456.789, -7.3e12, 1e300, Double.MIN_VALUE};
        for (double scale : new double[] {1.7, 1e-6, 3e5}) {
            double g = NoiseSource.granularity(scale);
            double[] gaussian = inputs.clone();
            noise.addGaussian(gaussian, scale);
            double[] laplace = inputs.clone();
            noise.addLaplace(laplace, scale);
            for (int i = 0; i < inputs.length; i++) {
                assertOnGrid(gaussian[i], g, "gaussian scale=" + scale + " x=" + inputs[i]);
                assertOnGrid(laplace[i], g, "laplace scale=" + scale + " x=" + inputs[i]);
            }
            assertOnGrid(noise.gaussian(scale), g, "single gaussian");
            assertOnGrid(noise.laplace(scale), g, "single laplace");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void gaussianHasTheContinuousScalesMeanAndVariance(String name, Supplier<NoiseSource> factory) {
        double sd = 1.7;
        double offset = 5.0;
        double[] v = filled(100_000, offset);
        factory.get().addGaussian(v, sd);
        // Normal sample: SE(mean) = sd / sqrt(n), SE(variance) = sd^2 sqrt(2 / (n - 1)).
        assertMoments(v, offset, sd * sd, sd * sd * Math.sqrt(2.0 / (v.length - 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void laplaceHasTheContinuousScalesMeanAndVariance(String name, Supplier<NoiseSource> factory) {
        double b = 1.3;
        double offset = -2.0;
        double[] v = filled(100_000, offset);
        factory.get().addLaplace(v, b);
        // Laplace(b): variance 2 b^2, fourth central moment 24 b^4, so SE(variance) = b^2 sqrt(20 / n).
        assertMoments(v, offset, 2 * b * b, b * b * Math.sqrt(20.0 / v.length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void rejectsInvalidArgumentsWithoutTouchingTheValues(String name, Supplier<NoiseSource> factory) {
        NoiseSource noise = factory.get();
        double[] v = {1.0, 2.0};
        assertMessage("standardDeviation=-1.0, allowed: > 0 and finite", () -> noise.addGaussian(v, -1.0));
        assertMessage("standardDeviation=0.0, allowed: > 0 and finite", () -> noise.addGaussian(v, 0.0));
        assertMessage("standardDeviation=NaN, allowed: > 0 and finite", () -> noise.addGaussian(v, Double.NaN));
        assertMessage("standardDeviation=Infinity, allowed: > 0 and finite",
                () -> noise.addGaussian(v, Double.POSITIVE_INFINITY));
        assertMessage("scale=-0.5, allowed: > 0 and finite", () -> noise.addLaplace(v, -0.5));
        assertMessage("scale=Infinity, allowed: > 0 and finite", () -> noise.addLaplace(v, Double.POSITIVE_INFINITY));
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class, () -> noise.addGaussian(v, 1e-299));
        assertTrue(tiny.getMessage().startsWith("standardDeviation=1.0E-299, allowed: [2^-980, 2^1000]"));
        assertArrayEquals(new double[] {1.0, 2.0}, v, 0.0);
        double[] bad = {1.0, Double.NaN, 3.0};
        assertMessage("values[1]=NaN, allowed: finite", () -> noise.addGaussian(bad, 1.0));
        assertMessage("values[1]=NaN, allowed: finite", () -> noise.addLaplace(bad, 1.0));
        assertEquals(1.0, bad[0], 0.0, "no value changed before the check failed");
        double[] infinite = {Double.NEGATIVE_INFINITY};
        assertMessage("values[0]=-Infinity, allowed: finite", () -> noise.addGaussian(infinite, 1.0));
        assertMessage("values=null, allowed: a non-null array of finite values", () -> noise.addGaussian(null, 1.0));
    }

    private static void assertOnGrid(double v, double g, String what) {
        assertTrue(Double.isFinite(v), what + ": finite");
        assertEquals(Math.rint(v / g), v / g, 0.0, what + ": " + v + " is a multiple of " + g);
    }

    private static void assertMoments(double[] v, double mean, double variance, double varianceStandardError) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double sampleMean = sum / v.length;
        double squares = 0;
        for (double x : v) {
            squares += (x - sampleMean) * (x - sampleMean);
        }
        double sampleVariance = squares / (v.length - 1);
        assertEquals(mean, sampleMean, 5 * Math.sqrt(variance / v.length), "mean");
        assertEquals(variance, sampleVariance, 5 * varianceStandardError, "variance");
    }

    private static double[] filled(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    private static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, e.getMessage());
    }
}
