package org.veil.pate.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veil.core.privacy.DataDependentRdp;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.LnMax;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SamplingAssumption;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.LnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * The privacy analysis of a PATE run (Papernot et al. 2018, "Scalable private learning with PATE";
 * Papernot et al. 2017 for LNMax): the RDP of every answer, data-dependent (Theorem 6 on the votes)
 * or data-independent (Proposition 8), summed over the queries (Mironov 2017, Proposition 1) and
 * converted to (epsilon, delta) at the best order of the grid.
 *
 * <p>Neighbouring data sets differ in one record (replace-one); teachers are trained on disjoint
 * partitions, so one teacher's vote changes on every query: two counts move by one each.
 *
 * <p>A data-dependent epsilon is a function of the private votes: the result says so in its
 * guarantee's warnings, records it in the ledger as a {@link DataDependentRdp}, and it may be
 * published only through {@link EpsilonRelease}. See {@code docs/pate-analysis.md}.
 *
 * <p>Stateless and thread-safe; no randomness. 1,000 queries x 10 classes over the 178 standard orders
 * take tens of milliseconds.
 */
public final class PateAnalysis {
    /** The accountant name in the guarantees this analysis writes. */
    public static final String ACCOUNTANT = "pate-rdp";

    private PateAnalysis() {
    }

    /** {@link #analyse(Votes, AggregatorOptions, PateAnalysisOptions, QueryOutcomes)} without outcomes. */
    public static PateCost analyse(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions options) {
        return analyse(votes, aggregator, options, QueryOutcomes.none());
    }

    /**
     * The cost of answering every query in {@code votes} with {@code aggregator}.
     *
     * @param outcomes which queries passed the check (needed for the realised cost of Confident- and
     *                 Interactive-GNMax) and the Interactive-GNMax baseline (needed for it); see
     *                 {@link QueryOutcomes}
     * @throws IllegalArgumentException when the outcomes do not fit the votes or the aggregator
     */
    public static PateCost analyse(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions options,
            QueryOutcomes outcomes) {
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(aggregator, "aggregator");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(outcomes, "outcomes (QueryOutcomes.none() when there are none)");
        outcomes.validate(votes, aggregator, options.cost());
        double[] orders = options.orders().orders();
        CostCurves curves = CostCurves.of(votes, aggregator, options, outcomes, orders);
        PrivacyLedger ledger = ledger(votes, aggregator, options, curves, orders);
        Best best = Best.of(orders, curves.total(), options.conversion(), options.delta());
        Best independent = Best.of(orders, curves.independent(), options.conversion(), options.delta());
        boolean confident = !(aggregator instanceof GnMaxOptions || aggregator instanceof LnMaxOptions);
        PrivacyGuarantee guarantee = new PrivacyGuarantee(best.epsilon(), options.delta(), ACCOUNTANT,
                method(aggregator, options), orders[best.index()], options.orders().describe(),
                SamplingAssumption.of(ledger), null, warnings(best, orders, options, ledger, confident));
        return new PateCost(best.epsilon(), options.delta(), orders[best.index()], votes.queries(), curves.answered(),
                options.analysis(), options.cost(), orders, curves.total(), curves.threshold(), independent.epsilon(),
                guarantee, ledger);
    }

    /**
     * The ledger: a {@link DataDependentRdp} holding the curve when the cost depends on the votes (a
     * data-dependent analysis, or the expected cost of a confident aggregator), else the
     * data-independent mechanisms with their counts.
     */
    static PrivacyLedger ledger(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions options,
            CostCurves curves, double[] orders) {
        boolean confident = !(aggregator instanceof GnMaxOptions || aggregator instanceof LnMaxOptions);
        PrivacyLedger ledger = new PrivacyLedger();
        if (options.analysis() == AnalysisKind.DATA_DEPENDENT || (confident && options.cost() == CostKind.EXPECTED)) {
            String text = String.format(Locale.ROOT, "PATE %s, %s, %s cost, %d queries", describe(aggregator),
                    options.analysis() == AnalysisKind.DATA_DEPENDENT ? "data-dependent" : "data-independent",
                    options.cost() == CostKind.EXPECTED ? "expected" : "realised", votes.queries());
            ledger.record(new DataDependentRdp(text, orders, curves.total()));
        } else if (aggregator instanceof LnMaxOptions l) {
            ledger.record(new LnMax(l.scale()), votes.queries());
        } else if (aggregator instanceof GnMaxOptions g) {
            ledger.record(new GnMax(g.sigma()), votes.queries());
        } else {
            CostCurves.Checked c = CostCurves.Checked.of(aggregator);
            ledger.record(new NoisyThreshold(c.sigma1()), votes.queries());
            ledger.record(new GnMax(c.sigma2()), Math.round(curves.answered()));
        }
        return ledger;
    }

    /** "confident-gnmax (T=200.0, sigma1=150.0, sigma2=40.0)". */
    static String describe(AggregatorOptions aggregator) {
        if (aggregator instanceof LnMaxOptions l) {
            return "lnmax (scale=" + l.scale() + ")";
        } else if (aggregator instanceof GnMaxOptions g) {
            return "gnmax (sigma=" + g.sigma() + ")";
        } else if (aggregator instanceof ConfidentGnMaxOptions c) {
            return "confident-gnmax (T=" + c.threshold() + ", sigma1=" + c.sigma1() + ", sigma2=" + c.sigma2() + ")";
        }
        InteractiveGnMaxOptions c = (InteractiveGnMaxOptions) aggregator;
        return "interactive-gnmax (T=" + c.threshold() + ", sigma1=" + c.sigma1() + ", sigma2=" + c.sigma2() + ")";
    }

    private static String method(AggregatorOptions aggregator, PateAnalysisOptions options) {
        String bound = options.analysis() == AnalysisKind.DATA_DEPENDENT
                ? "data-dependent RDP (Papernot et al. 2018, Thm 6, Props 7 and 10)"
                : "data-independent RDP (Papernot et al. 2018, Prop 8)";
        return "PATE " + describe(aggregator) + ": " + bound + ", "
                + (options.cost() == CostKind.EXPECTED ? "expected" : "realised") + " cost; "
                + options.conversion().description();
    }

    private static List<String> warnings(Best best, double[] orders, PateAnalysisOptions options,
            PrivacyLedger ledger, boolean confident) {
        List<String> warnings = new ArrayList<>();
        if (best.epsilon() > 0 && orders.length > 1 && (best.index() == 0 || best.index() == orders.length - 1)) {
            warnings.add(String.format(Locale.ROOT,
                    "the optimal order %s is on the edge of the order grid %s; a wider grid may give a smaller epsilon",
                    orders[best.index()], options.orders().describe()));
        }
        if (ledger.entries().stream().anyMatch(e -> e.mechanism() instanceof DataDependentRdp)) {
            warnings.add("data-dependent: this epsilon depends on the private votes; publish it only via "
                    + "--release-epsilon (smooth sensitivity)");
        }
        if (confident && options.cost() == CostKind.EXPECTED) {
            warnings.add("expected cost: each answer is charged with its probability of passing the threshold check "
                    + "(as the authors' scripts report), not as the run that happened");
        } else if (confident) {
            warnings.add("realised cost: only the answered queries are charged for GNMax; the worst case over the "
                    + "check's noise is the data-independent analysis with every query answered");
        }
        return warnings;
    }

    /**
     * The best order: as {@code RdpAccountant}, the first minimum of the converted epsilon, with
     * epsilon 0 wherever delta alone covers the whole RDP (Bretagnolle-Huber, {@link RdpConversion#zeroEpsilonSuffices}).
     */
    record Best(int index, double epsilon) {

        static Best of(double[] orders, double[] rdp, RdpConversion conversion, double delta) {
            int best = -1;
            double bestEps = Double.POSITIVE_INFINITY;
            for (int i = 0; i < orders.length; i++) {
                double eps = RdpConversion.zeroEpsilonSuffices(rdp[i], delta)
                        ? 0.0 : conversion.epsilon(rdp[i], orders[i], delta);
                if (eps < bestEps || best < 0) {
                    bestEps = eps;
                    best = i;
                }
            }
            return new Best(best, bestEps);
        }
    }
}
