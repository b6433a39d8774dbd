package org.veil.core.privacy.analysis.pld;

/**
 * The two orders of a neighbouring pair under add/remove-one. For the Poisson-subsampled Gaussian
 * the pair is not symmetric, so both directions are composed separately and the guarantee is the
 * worse of the two (Zhu, Dong and Wang 2022; dp_accounting's {@code PrivacyLossDistribution}
 * keeps {@code pmf_remove} and {@code pmf_add} for the same reason).
 */
enum LossDirection {
    /** Upper P = (1-q) N(0, s^2) + q N(1, s^2), lower Q = N(0, s^2): a record is removed. */
    REMOVE,
    /** Upper Q = N(0, s^2), lower P = (1-q) N(0, s^2) + q N(1, s^2): a record is added. */
    ADD
}
