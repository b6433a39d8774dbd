package org.veil.core.privacy.analysis.pld;

/**
 * Complex arithmetic on {re, im} pairs held in two-element arrays, in place, so that the spectral loops
 * allocate nothing. Stateless and thread-safe.
 */
final class Complex {
    /** exp(-745) underflows to zero in double precision. */
    private static final double LOG_UNDERFLOW = -745.2;

    private Complex() {
    }

    /** The squared modulus below which z^count underflows to zero: exp(2 * -745.2 / count). */
    static double underflowThreshold(long count) {
        return Math.exp(2 * LOG_UNDERFLOW / count);
    }

    /**
     * z := z^count by the polar form |z|^count (cos(count arg z), sin(count arg z)) (Koskela, Jalko and Honkela
     * 2020, section 4); zero, the angle not computed, when |z|^2 is below {@code threshold}
     * ({@link #underflowThreshold(long)}), where the power underflows.
     */
    static void power(double[] z, long count, double threshold) {
        if (count == 1) {
            return;
        }
        double modulus2 = z[0] * z[0] + z[1] * z[1];
        if (modulus2 < threshold) {
            z[0] = 0;
            z[1] = 0;
            return;
        }
        double logModulus = 0.5 * Math.log(modulus2) * count; // log |z|^count
        if (!(logModulus > LOG_UNDERFLOW)) {
            z[0] = 0;
            z[1] = 0;
            return;
        }
        double r = Math.exp(logModulus);
        double angle = Math.atan2(z[1], z[0]) * count;
        z[0] = r * Math.cos(angle);
        z[1] = r * Math.sin(angle);
    }

    /** z := z * w. */
    static void multiply(double[] z, double[] w) {
        double re = z[0] * w[0] - z[1] * w[1];
        z[1] = z[0] * w[1] + z[1] * w[0];
        z[0] = re;
    }
}
