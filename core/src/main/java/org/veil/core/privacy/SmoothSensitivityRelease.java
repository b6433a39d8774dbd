package org.veil.core.privacy;

/**
 * The release of a data-dependent privacy cost with Gaussian noise scaled by its smooth sensitivity
 * (GNSS; Papernot et al. 2018, Appendix C.1, Theorem 23): {@code f(D) + SS_beta(D) * N(0, sigma^2)}.
 * Its RDP at order alpha is {@code alpha e^(2 beta) / sigma^2 + (beta alpha - ln(1 - 2 alpha beta) / 2)
 * / (alpha - 1)}, finite only for {@code 1 < alpha < 1 / (2 beta)}.
 *
 * @param beta  the smoothness parameter; &gt; 0
 * @param sigma the noise multiplier of the smooth sensitivity; &gt; 0 and finite
 */
public record SmoothSensitivityRelease(double beta, double sigma) implements Mechanism {

    public SmoothSensitivityRelease {
        Mechanisms.checkPositive("beta", beta);
        Mechanisms.checkPositive("sigma", sigma);
    }

    @Override
    public String describe() {
        return "smooth-sensitivity release of the data-dependent epsilon (beta=" + beta + ", sigma=" + sigma + ")";
    }
}
