package org.veil.pate.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SamplingAssumption;
import org.veil.core.privacy.SmoothSensitivityRelease;
import org.veil.core.privacy.analysis.AggregatorRdp;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * Publishes a data-dependent PATE epsilon with the Gaussian noise scaled by smooth sensitivity
 * mechanism, GNSS (Papernot et al. 2018, Appendix C.1, Theorem 23): at order alpha, release
 * rdp(D) + SS_beta(D) sigma_ss N(0, 1), whose own cost is
 * alpha e^(2 beta) / sigma_ss^2 + (beta alpha - ln(1 - 2 alpha beta) / 2) / (alpha - 1) at alpha; the
 * sanitised epsilon is the noisy RDP plus that cost plus the conversion's term at alpha.
 *
 * <p>Steps: analyse the run ({@link PateAnalysis}); take alpha = the analysis's optimal order; check
 * conditions C5 and C6 (and single crossing) numerically ({@link SmoothnessConditions}) and refuse the
 * release when they fail; bound the local sensitivity at every distance ({@link SensitivityProfile});
 * pick beta on 0.30/alpha, 0.31/alpha, ..., 0.49/alpha and sigma_ss = (alpha e^(2 beta) / SS)^(1/3),
 * minimising rdp + GNSS cost + 2 SS sigma_ss, as smooth_sensitivity_table.py does; draw the noise.
 *
 * <p><b>What stays data-dependent.</b> Choosing alpha, beta and sigma_ss on the votes follows the
 * authors' script but is itself a function of the private data that Theorem 23 does not cover; fix
 * them through {@link ReleaseOptions} (from public information, e.g. a previous run) for a release
 * whose every parameter is independent of the votes. The published value is noisy: it can fall below
 * the exact data-dependent epsilon.
 *
 * <p>Randomness: one Gaussian draw from the given {@link NoiseSource} (use {@link NoiseSource#secure()}
 * for a real release; a seeded source only in tests). Immutable and thread-safe.
 */
public final class EpsilonRelease {
    private final ReleaseOptions options;

    public EpsilonRelease(ReleaseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Everything chosen as the authors' script does. */
    public EpsilonRelease() {
        this(new ReleaseOptions());
    }

    /**
     * Analyses the run and releases its sanitised epsilon.
     *
     * @throws IllegalArgumentException when the epsilon does not depend on the votes (publish it as is) or
     *                                  the aggregator is LNMax
     * @throws IllegalStateException    when conditions C5/C6 fail at the order, or the sensitivity is 0
     */
    public ReleasedEpsilon release(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions analysis,
            QueryOutcomes outcomes, NoiseSource noise) {
        Objects.requireNonNull(noise, "noise");
        PateCost cost = PateAnalysis.analyse(votes, aggregator, analysis, outcomes);
        if (!cost.dependsOnData()) {
            throw new IllegalArgumentException("the epsilon of this analysis (" + analysis.analysis() + ", "
                    + analysis.cost() + " cost) does not depend on the votes: publish PateCost.epsilon() as is");
        }
        double order = options.order() != null ? options.order() : cost.order();
        checkConditions(votes, aggregator, analysis, outcomes, order);
        SensitivityProfile profile = SensitivityProfile.of(votes, aggregator, analysis, outcomes, order);
        ReleaseParameters p = parameters(profile);
        double noisy = profile.rdp() + p.smoothSensitivity() * noise.gaussian(p.noiseMultiplier()); // Thm 23: f + SS N(0, s^2)
        double epsilon = Math.max(0, noisy + p.releaseRdp() + analysis.conversion().offset(order, analysis.delta()));
        PrivacyLedger ledger = cost.ledger();
        ledger.record(new SmoothSensitivityRelease(p.beta(), p.noiseMultiplier()));
        PrivacyGuarantee guarantee = new PrivacyGuarantee(epsilon, analysis.delta(), PateAnalysis.ACCOUNTANT,
                cost.guarantee().method() + "; released with smooth sensitivity (GNSS, Papernot et al. 2018, Thm 23) "
                        + String.format(Locale.ROOT, "at order %s, beta=%.6g, sigma_ss=%.6g", order, p.beta(),
                        p.noiseMultiplier()),
                order, analysis.orders().describe(), SamplingAssumption.of(ledger), null, warnings(noise));
        return new ReleasedEpsilon(epsilon, analysis.delta(), order, noisy, p, guarantee, ledger);
    }

    /**
     * beta and sigma_ss for a profile: the fixed values of the options, else those minimising
     * rdp + GNSS cost + 2 SS sigma_ss over the authors' beta grid (smooth_sensitivity_table.py).
     *
     * @throws IllegalStateException when the smooth sensitivity is 0 (the cost does not depend on the votes)
     */
    public ReleaseParameters parameters(SensitivityProfile profile) {
        double order = profile.order();
        if (options.beta() != null && !(2 * order * options.beta() < 1)) {
            throw new IllegalArgumentException("beta=" + options.beta() + " at order=" + order
                    + ", allowed: 2 order beta < 1 (Papernot et al. 2018, Thm 23)");
        }
        double[] betas = options.beta() != null ? new double[] {options.beta()} : betaGrid(order);
        ReleaseParameters best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double beta : betas) {
            double ss = profile.smooth(beta);
            if (!(ss > 0)) {
                throw new IllegalStateException("smooth sensitivity is " + ss + " at beta=" + beta
                        + ": the cost does not depend on the votes; analyse it data-independently");
            }
            // argmin over sigma of alpha e^(2 beta) / sigma^2 + 2 SS sigma (the authors' script)
            double sigma = options.noiseMultiplier() != null ? options.noiseMultiplier()
                    : Math.cbrt(order * Math.exp(2 * beta) / ss);
            double releaseRdp = AggregatorRdp.smoothSensitivityRelease(beta, sigma, order); // 2018, Thm 23
            double objective = profile.rdp() + releaseRdp + 2 * ss * sigma; // exact + release cost + two std devs
            if (objective < bestCost || best == null) {
                bestCost = objective;
                best = new ReleaseParameters(order, beta, sigma, ss, releaseRdp);
            }
        }
        return best;
    }

    /** 0.30/alpha, 0.31/alpha, ..., 0.49/alpha: np.arange(.3 / order, .495 / order, .01 / order). */
    static double[] betaGrid(double order) {
        double start = 0.3 / order;
        double step = 0.01 / order;
        int n = (int) Math.ceil((0.495 / order - start) / step);
        double[] betas = new double[n];
        for (int i = 0; i < n; i++) {
            betas[i] = start + i * step;
        }
        return betas;
    }

    private static void checkConditions(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions analysis,
            QueryOutcomes outcomes, double order) {
        if (analysis.analysis() != AnalysisKind.DATA_DEPENDENT) {
            return; // only Pr[answered] varies, and its bound needs no condition
        }
        double sigma2 = aggregator instanceof GnMaxOptions g ? g.sigma() : CostCurves.Checked.of(aggregator).sigma2();
        SmoothnessConditions answer = SmoothnessConditions.gnMax(Crossover.of(sigma2, order), votes.classes(),
                votes.teachers());
        if (!answer.hold()) {
            throw new IllegalStateException("no smooth-sensitivity release: " + answer.describe()
                    + "; fix another order with ReleaseOptions or use the data-independent analysis");
        }
        if (aggregator instanceof GnMaxOptions) {
            return;
        }
        CheckPart check = CheckPart.of(votes, CostCurves.Checked.of(aggregator), outcomes, order, false);
        if (check.anyReal()) {
            SmoothnessConditions threshold = SmoothnessConditions.threshold(check.checked().sigma1(), order,
                    check.lowestLogQ());
            if (!threshold.hold()) {
                throw new IllegalStateException("no smooth-sensitivity release: the threshold check's bound is not "
                        + "monotone in q (" + threshold.describe() + ")");
            }
        }
    }

    private List<String> warnings(NoiseSource noise) {
        List<String> warnings = new ArrayList<>();
        if (!options.fixed()) {
            warnings.add("the order, beta and sigma_ss were chosen on the private votes (as the authors' script); fix "
                    + "them with ReleaseOptions for a release whose parameters are independent of the data");
        }
        if (!noise.isSecure()) {
            warnings.add("the noise came from a " + noise.name() + " source, not the secure one: not a private release");
        }
        warnings.add("the released epsilon is noisy: it estimates the data-dependent epsilon plus the release's "
                + "cost and can fall below the exact value");
        return warnings;
    }
}
