package org.veil.pate.analysis;

/**
 * The parameters of one smooth-sensitivity release (Papernot et al. 2018, Appendix C.1): the order,
 * beta, sigma_ss and the beta-smooth sensitivity SS of the whole run's data-dependent RDP at that
 * order. SS is computed from the private votes: it is not itself published by the release (only
 * f + SS sigma_ss N(0, 1) is), so keep it out of public records.
 *
 * @param order             alpha
 * @param beta              beta, with 2 alpha beta &lt; 1
 * @param noiseMultiplier   sigma_ss
 * @param smoothSensitivity SS_beta at the private votes
 * @param releaseRdp        the release's own RDP at alpha (Theorem 23)
 */
public record ReleaseParameters(double order, double beta, double noiseMultiplier, double smoothSensitivity,
        double releaseRdp) {
}
