package org.veil.dpsgd;

import org.veil.core.dl4j.Clipping;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * The Gaussian mechanism of one DP-SGD step: the clipped sum plus N(0, σ²C²) per coordinate
 * (Abadi et al. 2016, Algorithm 1, "add noise"), with the clipping bound the engine enforces set
 * slightly below C so that the sensitivity the analysis assumes, C, really bounds the released
 * sum's sensitivity:
 * <ul>
 *   <li>the noise source rounds the sum to a grid of step g before adding exact discrete noise,
 *       which can grow the L2 sensitivity by g·sqrt(d) ({@link NoiseSource#sensitivityInflation});</li>
 *   <li>norms and factors are computed in float32; the engine's clipped norms exceed their bound by
 *       a relative 3e-8 in tests, and by at most about n·2^-24 for a norm over n terms (Higham 2002,
 *       "Accuracy and Stability of Numerical Algorithms", section 3.1), so a relative margin of
 *       {@value #FLOAT_MARGIN} covers norms over up to ~16 000 terms per factor (a dense layer's
 *       ghost norm factors into ‖a‖ over its inputs and ‖δ‖ over its outputs).</li>
 * </ul>
 * The enforced bound is therefore (C − g·sqrt(d)) · (1 − {@value #FLOAT_MARGIN}).
 *
 * <p>Stateless.
 */
final class NoisyGradient {
    /** Relative margin for float32 rounding in norms and clipping factors. */
    static final double FLOAT_MARGIN = 1e-3;

    private NoisyGradient() {
    }

    /** The clipping the engine must enforce so that the released sum has L2 sensitivity ≤ C. */
    static Clipping enforced(Clipping clipping, double noiseMultiplier, long dimension) {
        double c = clipping.sensitivity();
        double inflation = NoiseSource.sensitivityInflation(dimension, noiseMultiplier * c);
        double factor = (1 - inflation / c) * (1 - FLOAT_MARGIN);
        if (!(factor > 0.5)) {
            throw new IllegalArgumentException("maxGradNorm=" + c + " is too small for " + dimension
                    + " parameters at noiseMultiplier=" + noiseMultiplier + ", allowed: larger");
        }
        return clipping.scaled(factor);
    }
}
