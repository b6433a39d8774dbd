package org.veil.cli.pate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.veil.core.record.RecordJson;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.Votes;
import org.veil.pate.analysis.CostKind;
import org.veil.pate.analysis.PateAnalysisOptions;
import org.veil.pate.analysis.PateCost;
import org.veil.pate.analysis.ReleasedEpsilon;

/**
 * What {@code veil pate analyze} prints: the JSON contract fields ({@code epsilon}, {@code delta},
 * {@code order}, {@code answered}, {@code analysis}) and context, or the same as text.
 */
record AnalysisReport(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions options, PateCost cost,
        ReleasedEpsilon released, String noiseSource) {

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epsilon", cost.epsilon());
        m.put("delta", cost.delta());
        m.put("order", cost.order());
        m.put("answered", cost.answered());
        m.put("analysis", PateChoices.name(cost.analysis()));
        m.put("cost", PateChoices.name(cost.cost()));
        m.put("queries", cost.queries());
        m.put("teachers", votes.teachers());
        m.put("classes", votes.classes());
        Map<String, Object> agg = new LinkedHashMap<>();
        agg.put("name", aggregator.name());
        agg.putAll(RecordJson.mapper().convertValue(aggregator, Map.class));
        m.put("aggregator", agg);
        m.put("conversion", options.conversion().name().toLowerCase(Locale.ROOT));
        m.put("dataIndependentEpsilon", cost.dataIndependentEpsilon());
        m.put("thresholdShare", thresholdShare());
        m.put("dependsOnData", cost.dependsOnData());
        m.put("guarantee", cost.guarantee().describe());
        m.put("warnings", cost.guarantee().warnings());
        if (cost.cost() == CostKind.REALISED || released != null) {
            m.put("noiseSource", noiseSource);
        }
        if (released != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("epsilon", released.epsilon());
            r.put("order", released.order());
            r.put("beta", released.parameters().beta());
            r.put("sigma", released.parameters().noiseMultiplier());
            r.put("releaseRdp", released.releaseRdp());
            r.put("guarantee", released.guarantee().describe());
            r.put("warnings", released.guarantee().warnings());
            m.put("release", r);
        }
        return m;
    }

    /** The fraction of the RDP at the optimal order spent on threshold checks (0 without a check). */
    double thresholdShare() {
        int i = Arrays.binarySearch(cost.orders(), cost.order());
        double total = cost.rdp()[i];
        return total > 0 ? cost.thresholdRdp()[i] / total : 0;
    }

    String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s, %d queries, %d teachers, %d classes: %s analysis, %s cost%n",
                aggregator.name(), cost.queries(), votes.teachers(), votes.classes(), PateChoices.name(cost.analysis()),
                PateChoices.name(cost.cost())));
        b.append(String.format(Locale.ROOT, "epsilon = %.4f at delta = %.3g (optimal order %s); answered %s%n",
                cost.epsilon(), cost.delta(), cost.order(), answeredText()));
        b.append(String.format(Locale.ROOT, "data-independent epsilon of the same run: %.4f; threshold checks: "
                + "%.0f%% of the RDP%n", cost.dataIndependentEpsilon(), 100 * thresholdShare()));
        b.append(cost.guarantee().describe()).append(System.lineSeparator());
        for (String w : cost.guarantee().warnings()) {
            b.append("warning: ").append(w).append(System.lineSeparator());
        }
        if (released != null) {
            b.append(String.format(Locale.ROOT, "released (sanitised) epsilon = %.4f at order %s (beta %.5g, "
                    + "sigma_ss %.4g, release cost %.4f RDP)%n", released.epsilon(), released.order(),
                    released.parameters().beta(), released.parameters().noiseMultiplier(), released.releaseRdp()));
            for (String w : released.guarantee().warnings()) {
                b.append("warning: ").append(w).append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    private String answeredText() {
        return cost.cost() == CostKind.EXPECTED && cost.answered() != cost.queries()
                ? String.format(Locale.ROOT, "%.2f expected", cost.answered())
                : String.format(Locale.ROOT, "%.0f", cost.answered());
    }
}
