package org.veil.core.privacy.pld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.Mechanism;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SamplingAssumption;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.analysis.pld.ComposedPld;
import org.veil.core.privacy.analysis.pld.GaussianSteps;
import org.veil.core.privacy.analysis.pld.PldAnalysis;
import org.veil.core.privacy.analysis.pld.PldGridLimitException;

/**
 * The privacy loss distribution (PLD) accountant: a tight (epsilon, delta) for compositions of
 * Poisson-subsampled Gaussian mechanisms under add/remove-one neighbouring, computed numerically
 * (Koskela, Jalko and Honkela 2020; Koskela and Honkela 2021; Doroshenko, Ghazi, Kamath, Kumar and
 * Manurangsi 2022; Google dp_accounting's {@code PLDAccountant}). Tighter than the RDP accountant
 * because it composes the exact loss distributions instead of bounding their moments.
 *
 * <p>The reported epsilon comes from a pessimistic discretisation and is an upper bound on the
 * true epsilon (up to floating-point rounding); an optimistic discretisation gives a lower bound,
 * and their difference is reported as {@code epsilonError}. Both directions of the add/remove
 * relation are composed and the worse one is reported. See {@code docs/pld-accountant.md}.
 *
 * <p>Stateless and thread-safe; no randomness. Ledgers whose grids do not fit
 * {@link PldOptions#maxGridSize()} raise {@link PldGridLimitException} (an
 * {@link IllegalArgumentException}) whose message suggests {@code --accountant rdp}.
 */
public final class PldAccountant implements PrivacyAccountant {
    /** The stable name used in records and on the command line. */
    public static final String NAME = "pld";

    private final PldOptions options;
    private final PldAnalysis analysis;

    /** An accountant with the default {@link PldOptions}. */
    public PldAccountant() {
        this(new PldOptions());
    }

    public PldAccountant(PldOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.analysis = new PldAnalysis(options.discretisationInterval(), options.maxDiscretisationInterval(),
                options.maxGridSize(), options.tailMassTruncation());
    }

    public PldOptions options() {
        return options;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * @throws PldGridLimitException    when the ledger's grid does not fit (suggests the RDP accountant)
     * @throws IllegalArgumentException for a delta outside (0, 1) or a mechanism other than {@link SubsampledGaussian}
     */
    @Override
    public PrivacyGuarantee epsilon(PrivacyLedger ledger, double delta) {
        PrivacyAccountant.checkDelta(delta);
        Objects.requireNonNull(ledger, "ledger");
        if (ledger.isEmpty()) {
            return PrivacyGuarantee.nothingReleased(delta, NAME);
        }
        List<GaussianSteps> steps = steps(ledger);
        ComposedPld pld = analysis.compose(steps);
        double eps = pld.epsilon(delta);
        double lower = pld.optimisticEpsilon(delta);
        return new PrivacyGuarantee(eps, delta, NAME, method(pld, eps, lower), null, null,
                SamplingAssumption.of(ledger),
                Double.isFinite(eps) ? Math.max(0, eps - lower) : null, warnings(pld, eps, lower, delta));
    }

    /** The ledger's entries as analysis steps, equal mechanisms merged (composition commutes). */
    static List<GaussianSteps> steps(PrivacyLedger ledger) {
        Map<SubsampledGaussian, Long> counts = new LinkedHashMap<>();
        for (LedgerEntry e : ledger.entries()) {
            Mechanism m = e.mechanism();
            if (!(m instanceof SubsampledGaussian g)) {
                throw new IllegalArgumentException("the pld accountant cannot analyse mechanism type "
                        + m.getClass().getSimpleName() + " (" + m.describe() + "), allowed: SubsampledGaussian");
            }
            counts.merge(g, e.count(), Math::addExact);
        }
        List<GaussianSteps> steps = new ArrayList<>();
        counts.forEach((g, n) -> steps.add(new GaussianSteps(g.noiseMultiplier(), g.sampleRate(), n)));
        return steps;
    }

    private static String method(ComposedPld pld, double eps, double lower) {
        return String.format(Locale.ROOT, "privacy loss distribution, pessimistic connect-the-dots discretisation"
                + " interval %.3g, FFT composition (%d points, %s); true epsilon within [%.6g, %.6g]",
                pld.interval(), pld.fftLength(),
                pld.directions() == 2 ? "add and remove directions" : "symmetric pair", lower, eps);
    }

    private static List<String> warnings(ComposedPld pld, double eps, double lower, double delta) {
        List<String> w = new ArrayList<>();
        if (pld.interval() > pld.requestedInterval()) {
            w.add(String.format(Locale.ROOT, "discretisation interval coarsened from %.3g to %.3g to fit the grid"
                    + " limit; epsilonError grows with the interval", pld.requestedInterval(), pld.interval()));
        }
        if (!Double.isFinite(eps)) {
            w.add(String.format(Locale.ROOT, "delta=%.3g is below the mass %.3g the PLD sets aside for truncated"
                    + " tails, so no finite epsilon is certified; lower the tail-mass truncation or use --accountant rdp",
                    delta, pld.infinityMass()));
        } else if (eps - lower > 0.01 * Math.max(eps, 0.1)) {
            w.add(String.format(Locale.ROOT, "the discretisation leaves epsilon uncertain by %.3g (more than 1%%);"
                    + " a finer discretisation interval would tighten it", eps - lower));
        }
        return w;
    }
}
