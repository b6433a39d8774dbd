package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.pate.analysis.PateTables.CLOSED_FORM;
import static org.veil.pate.analysis.PateTables.assertRelative;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.LnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * Whole runs against whole-run.csv: TF Privacy research/pate_2018 @03035d5, per query
 * core.rdp_gaussian / core.compute_rdp_threshold / core.rdp_pure_eps summed as in
 * smooth_sensitivity_table._compute_rdp (expected cost), then
 * core.compute_eps_from_delta(orders-authors.csv, rdp_cum, delta), on the first `queries` rows of
 * votes-random.csv (baseline-random.csv for interactive); the file's comments give the exact calls.
 */
class PateAnalysisReferenceTest {

    @Test
    void epsilonOrderAndAnsweredMatchTheAuthorsScripts() {
        Votes all = PateTables.randomVotes();
        double[][] baseline = PateTables.randomBaseline();
        PateAnalysisOptions base = new PateAnalysisOptions().withOrders(PateTables.authorOrders())
                .withConversion(RdpConversion.CLASSIC).withCost(CostKind.EXPECTED);
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("whole-run.csv")) {
            int n = (int) PateTables.number(row, "queries");
            String mechanism = row.get("mechanism");
            AggregatorOptions aggregator = aggregator(row);
            QueryOutcomes outcomes = mechanism.equals("interactive")
                    ? new QueryOutcomes(null, Arrays.copyOf(baseline, n)) : QueryOutcomes.none();
            PateAnalysisOptions options = base.withDelta(PateTables.number(row, "delta")).withAnalysis(
                    row.get("analysis").equals("dependent") ? AnalysisKind.DATA_DEPENDENT : AnalysisKind.DATA_INDEPENDENT);
            PateCost cost = PateAnalysis.analyse(all.first(n), aggregator, options, outcomes);
            String what = n + " queries " + mechanism + " " + row.get("analysis") + " delta=" + options.delta();
            assertRelative(PateTables.number(row, "epsilon"), cost.epsilon(), CLOSED_FORM, "epsilon " + what);
            assertEquals(PateTables.number(row, "order"), cost.order(), "optimal order " + what);
            assertRelative(PateTables.number(row, "answered"), cost.answered(), CLOSED_FORM, "answered " + what);
            assertRelative(PateTables.number(row, "rdp_at_order"), cost.rdpAt(cost.order()), CLOSED_FORM, "rdp " + what);
            int at = Arrays.binarySearch(cost.orders(), cost.order());
            assertRelative(PateTables.number(row, "threshold_rdp_at_order"), cost.thresholdRdp()[at], CLOSED_FORM,
                    "threshold part " + what);
            rows++;
        }
        assertEquals(84, rows);
    }

    private static AggregatorOptions aggregator(Map<String, String> row) {
        double sigma = PateTables.number(row, "sigma");
        double t = PateTables.number(row, "threshold");
        double sigma1 = PateTables.number(row, "sigma1");
        return switch (row.get("mechanism")) {
            case "gnmax" -> new GnMaxOptions(sigma);
            case "confident" -> new ConfidentGnMaxOptions(t, sigma1, sigma);
            case "interactive" -> new InteractiveGnMaxOptions(t, sigma1, sigma, 0.9);
            case "lnmax" -> new LnMaxOptions(PateTables.number(row, "scale"));
            default -> throw new IllegalArgumentException(row.get("mechanism"));
        };
    }
}
