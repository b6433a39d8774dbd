package org.veil.federated.secagg;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Fixed-point encoding of float vectors into Z_{2^32}, the input space of the masking (Bonawitz et al. 2017,
 * §3: inputs are vectors over Z_R; here R = 2^32 so Java {@code int} arithmetic is the ring). A value x
 * becomes round(x·scale) mod 2^32; a sum decodes as its signed 32-bit value divided by scale, which is exact
 * while the true sum stays in (−2^31, 2^31) — {@link SecAggConfig} checks n·⌈maxAbsInput·scale⌉ &lt; 2^31.
 *
 * <p>Deterministic rounding (half up) is the default; stochastic rounding rounds v = x·scale up with
 * probability v − ⌊v⌋, so E[enc(x)] = x·scale (unbiased), drawing from the generator it is given.
 * Immutable and thread-safe.
 *
 * @param scale       fixed-point scale, finite and &gt; 0
 * @param maxAbsInput inputs must satisfy |x| ≤ maxAbsInput
 */
public record FixedPointEncoder(double scale, double maxAbsInput) {

    public FixedPointEncoder {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale=" + scale + ", allowed: finite and > 0");
        }
        if (!(maxAbsInput > 0) || Double.isInfinite(maxAbsInput) || maxAbsInput * scale >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxAbsInput=" + maxAbsInput + ", allowed: > 0 and maxAbsInput * scale < 2^31 - 1");
        }
    }

    /** The encoder for a round's configuration. */
    public static FixedPointEncoder of(SecAggConfig config) {
        return new FixedPointEncoder(config.scale(), config.maxAbsInput());
    }

    /** Deterministic: round(x_i·scale), half up. */
    public int[] encode(float[] x) {
        Objects.requireNonNull(x, "x");
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (int) Math.round(checked(x, i) * scale);
        }
        return out;
    }

    /** Stochastic, unbiased: ⌊v⌋ + Bernoulli(v − ⌊v⌋) with v = x_i·scale. */
    public int[] encode(float[] x, RandomGenerator random) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(random, "random");
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = checked(x, i) * scale;
            double floor = Math.floor(v);
            out[i] = (int) floor + (random.nextDouble() < v - floor ? 1 : 0); // P(up) = v − ⌊v⌋ ⇒ unbiased
        }
        return out;
    }

    /** A sum in Z_{2^32} read as signed 32-bit, divided by scale. */
    public double[] decode(int[] sum) {
        Objects.requireNonNull(sum, "sum");
        double[] out = new double[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = sum[i] / scale;
        }
        return out;
    }

    private double checked(float[] x, int i) {
        double v = x[i];
        if (!(Math.abs(v) <= maxAbsInput)) {
            throw new IllegalArgumentException("x[" + i + "]=" + v + ", allowed: finite with |x| <= maxAbsInput=" + maxAbsInput);
        }
        return v;
    }
}
