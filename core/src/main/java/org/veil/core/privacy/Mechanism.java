package org.veil.core.privacy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An immutable description of one randomised release: what was run, not how private it is.
 * Accountants turn a {@link PrivacyLedger} of mechanisms into an (epsilon, delta) guarantee.
 *
 * <p>Mechanisms are plain values (equal when their parameters are equal) and are stored in
 * {@code record.json} with a stable {@code type} name; new kinds are added here so that every
 * ledger Veil ever wrote can be read back.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SubsampledGaussian.class, name = "subsampled-gaussian"),
    @JsonSubTypes.Type(value = GnMax.class, name = "gnmax"),
    @JsonSubTypes.Type(value = LnMax.class, name = "lnmax"),
    @JsonSubTypes.Type(value = NoisyThreshold.class, name = "noisy-threshold"),
    @JsonSubTypes.Type(value = DataDependentRdp.class, name = "data-dependent-rdp"),
    @JsonSubTypes.Type(value = SmoothSensitivityRelease.class, name = "smooth-sensitivity-release")})
public sealed interface Mechanism
        permits SubsampledGaussian, GnMax, LnMax, NoisyThreshold, DataDependentRdp, SmoothSensitivityRelease {

    /** One line for people: the mechanism and its parameters, e.g. "Poisson-subsampled Gaussian (q=0.01, sigma=1.1)". */
    String describe();
}
