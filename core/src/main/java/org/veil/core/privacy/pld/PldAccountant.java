package org.veil.core.privacy.pld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SamplingAssumption;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.analysis.pld.PldAnalysis;
import org.veil.core.privacy.analysis.pld.PldResult;

/**
 * Privacy loss distribution (PLD) accountant for ledgers of Poisson-subsampled Gaussian mechanisms under the
 * add/remove-one relation: numerically tight (epsilon, delta) by discretising each mechanism's privacy loss
 * distribution and composing with FFTs (Koskela, Jalko and Honkela 2020; Meiser and Mohammadi 2018; Sommer,
 * Meiser and Mohammadi 2019; connect-the-dots discretisation of Doroshenko et al. 2022; as Google's
 * dp_accounting PLD accountant). The reported epsilon is an upper bound; an optimistic discretisation gives a
 * lower bound, and their difference is reported as {@code epsilonError}. The maths is in
 * {@link PldAnalysis}; see docs/pld-accountant.md.
 *
 * <p>Stateless and thread-safe; deterministic.
 */
public final class PldAccountant implements PrivacyAccountant {
    private final PldOptions options;

    public PldAccountant(PldOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The accountant with default options. */
    public PldAccountant() {
        this(new PldOptions());
    }

    public PldOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "pld";
    }

    /**
     * @throws IllegalArgumentException for delta outside (0, 1), a mechanism other than {@link SubsampledGaussian},
     *                                  or a ledger whose privacy loss is too spread out for the grid (the message
     *                                  suggests {@code --accountant rdp})
     */
    @Override
    public PrivacyGuarantee epsilon(PrivacyLedger ledger, double delta) {
        PrivacyAccountant.checkDelta(delta);
        List<LedgerEntry> entries = ledger.entries();
        if (entries.isEmpty()) {
            return PrivacyGuarantee.nothingReleased(delta, name());
        }
        PldResult r = PldAnalysis.analyse(entries, delta, options.discretisationInterval(), options.maxInterval(),
                options.targetGridSize(), options.maxGridSize(), options.tailMass());
        String method = String.format(Locale.ROOT,
                "privacy loss distribution (Koskela et al. 2020), pessimistic connect-the-dots discretisation "
                        + "(Doroshenko et al. 2022) at interval %.2e, FFT composition on 2^%d points; true epsilon "
                        + "within [%.6g, %.6g]",
                r.interval(), Integer.numberOfTrailingZeros(r.gridSize()), r.optimisticEpsilon(), r.epsilon());
        Double error = Double.isInfinite(r.epsilon()) ? null : r.epsilonError();
        return new PrivacyGuarantee(r.epsilon(), delta, name(), method, null, null, SamplingAssumption.of(ledger),
                error, warnings(r, delta));
    }

    private List<String> warnings(PldResult r, double delta) {
        List<String> warnings = new ArrayList<>();
        if (Double.isInfinite(r.epsilon())) {
            warnings.add(String.format(Locale.ROOT, "no finite epsilon: the mass at infinite privacy loss %.3g plus "
                    + "the truncation budget %.3g exceeds delta=%.3g", r.infinityMass(), r.truncationBudget(), delta));
        } else if (r.noiseAllowance() > 1e-3 * delta) {
            warnings.add(String.format(Locale.ROOT, "the FFT's rounding noise (allowance %.3g) is not small against "
                    + "delta=%.3g: the bound is loose; the RDP accountant may be tighter at this delta",
                    r.noiseAllowance(), delta));
        } else if (r.epsilonError() > 0.01 * Math.max(1, r.epsilon())) {
            warnings.add(String.format(Locale.ROOT, "the discretisation error %.3g is above 1%% of epsilon; "
                    + "a smaller discretisationInterval tightens it", r.epsilonError()));
        }
        return warnings;
    }
}
