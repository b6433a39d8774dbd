package org.veil.pate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.pate.aggregate.Aggregation;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.analysis.AnalysisKind;
import org.veil.pate.analysis.CostKind;
import org.veil.pate.analysis.EpsilonRelease;
import org.veil.pate.analysis.PateAnalysis;
import org.veil.pate.analysis.PateAnalysisOptions;
import org.veil.pate.analysis.PateCost;
import org.veil.pate.analysis.QueryOutcomes;
import org.veil.pate.analysis.ReleasedEpsilon;

/**
 * The one place where a PATE run's privacy guarantee is computed, from what {@link Aggregation}
 * kept (the votes, which checks passed, Interactive-GNMax's baselines), by {@link PateAnalysis}
 * (Papernot et al. 2018, section 3, Theorem 6 and Proposition 8) and, when asked, published through
 * {@link EpsilonRelease} (2018, Appendix C.1). The student's own labels and pseudo-labels are
 * post-processing of the answers and cost nothing.
 *
 * <p>Besides the guarantee it reports, as metrics, the epsilon of every other analysis of the same run
 * (data-independent, data-dependent expected and realised), so a reader can compare them.
 *
 * <p>Stateless and thread-safe; the release draws one value from the given noise source.
 */
public final class PateAccounting {

    private PateAccounting() {
    }

    /**
     * What the record publishes: the ledger, the guarantee at delta, metrics and notes.
     *
     * @param ledger    every release the guarantee covers
     * @param guarantee the (epsilon, delta) bound
     * @param metrics   the epsilons of the other analyses of the run, and the realised/expected answers
     * @param notes     caveats for the record
     */
    public record Result(PrivacyLedger ledger, PrivacyGuarantee guarantee, Map<String, Double> metrics,
            List<String> notes) {

        public Result {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(guarantee, "guarantee");
            metrics = Map.copyOf(metrics);
            notes = List.copyOf(notes);
        }
    }

    /** The guarantee of {@code aggregation} at {@code delta}, computed as {@code accounting} says. */
    public static Result account(Aggregation aggregation, double delta, AccountingOptions accounting,
            NoiseSource noise) {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(accounting, "accounting");
        Objects.requireNonNull(noise, "noise");
        QueryOutcomes outcomes = outcomes(aggregation);
        PateAnalysisOptions base = new PateAnalysisOptions().withDelta(delta);
        PateCost realised = PateAnalysis.analyse(aggregation.votes(), aggregation.options(),
                base.withCost(CostKind.REALISED), outcomes);
        PateCost expected = PateAnalysis.analyse(aggregation.votes(), aggregation.options(),
                base.withCost(CostKind.EXPECTED), outcomes);
        Map<String, Double> metrics = new TreeMap<>();
        metrics.put("epsilonDataDependent", realised.epsilon());
        metrics.put("epsilonDataDependentExpected", expected.epsilon());
        metrics.put("epsilonDataIndependent", realised.dataIndependentEpsilon());
        metrics.put("expectedAnswered", expected.answered());
        PateAnalysisOptions chosen = base.withAnalysis(accounting.analysis()).withCost(accounting.cost());
        List<String> notes = new ArrayList<>();
        if (accounting.releaseEpsilon()) {
            ReleasedEpsilon r = new EpsilonRelease().release(aggregation.votes(), aggregation.options(), chosen,
                    outcomes, noise);
            metrics.put("epsilonReleased", r.epsilon());
            notes.add(String.format(Locale.ROOT, "epsilon is the smooth-sensitivity release of the data-dependent %s "
                    + "cost (Papernot et al. 2018, Appendix C.1, Thm 23) at order %s: a noisy value that may fall "
                    + "below the exact one; the release's own cost is included", kind(accounting.cost()),
                    r.order()));
            return new Result(r.ledger(), r.guarantee(), metrics, notes);
        }
        PateCost cost = accounting.analysis() == AnalysisKind.DATA_INDEPENDENT
                ? PateAnalysis.analyse(aggregation.votes(), aggregation.options(), chosen, outcomes)
                : accounting.cost() == CostKind.REALISED ? realised : expected; // already analysed above
        notes.add(describe(accounting, aggregation));
        return new Result(cost.ledger(), cost.guarantee(), metrics, notes);
    }

    private static QueryOutcomes outcomes(Aggregation aggregation) {
        boolean checks = aggregation.options() instanceof ConfidentGnMaxOptions
                || aggregation.options() instanceof InteractiveGnMaxOptions;
        return new QueryOutcomes(checks ? aggregation.passed() : null,
                aggregation.options() instanceof InteractiveGnMaxOptions ? aggregation.baselines() : null);
    }

    private static String describe(AccountingOptions accounting, Aggregation a) {
        String what = a.checks() + " threshold checks, " + a.teacherAnswers() + " teacher answers; the student's own "
                + "labels and pseudo-labels are post-processing and free";
        if (accounting.analysis() == AnalysisKind.DATA_INDEPENDENT) {
            return "epsilon is the data-independent RDP bound (Papernot et al. 2018, Prop 8) of " + what;
        }
        return "epsilon is the data-dependent RDP bound (Papernot et al. 2018, Thm 6), " + kind(accounting.cost())
                + " cost, of " + what + ". It depends on the private votes: it is exact as a bound, but publishing it "
                + "leaks a little about the data; publish a sanitised one with --release-epsilon (smooth "
                + "sensitivity) or the data-independent epsilonDataIndependent";
    }

    private static String kind(CostKind cost) {
        return cost == CostKind.REALISED ? "realised" : "expected";
    }
}
