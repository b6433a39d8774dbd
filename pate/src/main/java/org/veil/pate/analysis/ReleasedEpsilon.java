package org.veil.pate.analysis;

import java.util.Objects;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;

/**
 * The result of {@link EpsilonRelease}: a sanitised epsilon that may be published, with what it took.
 *
 * @param epsilon    noisy RDP at alpha + the release's RDP at alpha + the conversion's term (at least 0)
 * @param delta      the delta of the conversion
 * @param order      alpha
 * @param noisyRdp   the whole run's data-dependent RDP at alpha plus SS sigma_ss N(0, 1) (Theorem 23's output)
 * @param parameters beta, sigma_ss, SS and the release's own RDP (SS is private: see {@link ReleaseParameters})
 * @param guarantee  the sanitised epsilon with its provenance and warnings
 * @param ledger     the analysis's ledger plus the {@link org.veil.core.privacy.SmoothSensitivityRelease}
 */
public record ReleasedEpsilon(double epsilon, double delta, double order, double noisyRdp,
        ReleaseParameters parameters, PrivacyGuarantee guarantee, PrivacyLedger ledger) {

    public ReleasedEpsilon {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(guarantee, "guarantee");
        ledger = ledger.copy();
    }

    @Override
    public PrivacyLedger ledger() {
        return ledger.copy();
    }

    /** The extra RDP at alpha that publishing the epsilon costs (Theorem 23). */
    public double releaseRdp() {
        return parameters.releaseRdp();
    }
}
