package org.veil.lfr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.lfr.metric.Consistency;
import org.veil.lfr.metric.FairnessMetrics;
import org.veil.lfr.metric.FairnessReport;

/**
 * The fairness fields of an LFR record (and of {@code veil fairness}) for one model on one split:
 * {@code testAccuracy}, {@code balancedAccuracy}, {@code statisticalParityDifference}, {@code disparateImpact},
 * {@code equalOpportunityDifference}, {@code averageOddsDifference} and {@code consistency} (AIF360's, k = 5,
 * on the split's encoded features), each under an optional key prefix such as {@code baseline.}.
 * Stateless; deterministic.
 */
public final class LfrEvaluation {
    /** The metric names, in report order. */
    public static final List<String> FIELDS = List.of("testAccuracy", "balancedAccuracy",
            "statisticalParityDifference", "disparateImpact", "equalOpportunityDifference", "averageOddsDifference",
            "consistency");
    /** Neighbours for consistency, as AIF360's default. */
    public static final int NEIGHBOURS = 5;

    private LfrEvaluation() {
    }

    /**
     * The metrics of {@code model} on {@code data}.
     *
     * @param privileged the privileged group names of the protected attribute
     * @param favourable the favourable class index
     */
    public static Map<String, Double> metrics(Classifier model, Dataset data, List<String> privileged, int favourable,
            String prefix) {
        int[] pred = model.predict(data.features());
        FairnessReport r = report(data, pred, privileged, favourable);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(prefix + "testAccuracy", r.accuracy());
        m.putAll(groupMetrics(r, prefix));
        m.put(prefix + "consistency", Consistency.aif360(data.features(), favourableIndicator(pred, favourable),
                NEIGHBOURS, Runtime.getRuntime().availableProcessors()));
        return m;
    }

    /**
     * The group fields of a report, in report order: {@code balancedAccuracy}, {@code statisticalParityDifference},
     * {@code disparateImpact}, {@code equalOpportunityDifference}, {@code averageOddsDifference}.
     */
    public static Map<String, Double> groupMetrics(FairnessReport r, String prefix) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(prefix + "balancedAccuracy", r.balancedAccuracy());
        m.put(prefix + "statisticalParityDifference", r.statisticalParityDifference());
        m.put(prefix + "disparateImpact", r.disparateImpact());
        m.put(prefix + "equalOpportunityDifference", r.equalOpportunityDifference());
        m.put(prefix + "averageOddsDifference", r.averageOddsDifference());
        return m;
    }

    /** The fairness report of predictions {@code pred} on {@code data}. */
    public static FairnessReport report(Dataset data, int[] pred, List<String> privileged, int favourable) {
        var p = ProtectedSetting.protectedOf(data);
        int[] priv = ProtectedSetting.groupIndices(p, privileged);
        return FairnessMetrics.of(data.labels(), pred, p.groups(), p.groupNames().size(), priv, favourable);
    }

    static int[] favourableIndicator(int[] pred, int favourable) {
        int[] y = new int[pred.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = pred[i] == favourable ? 1 : 0;
        }
        return y;
    }

    /** The metrics under {@code prefix}, keys without it, in report order. */
    public static Map<String, Object> pick(Map<String, Double> m, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : FIELDS) {
            out.put(f, m.get(prefix + f));
        }
        return out;
    }

    /** One line of text: accuracy and the parity metrics. */
    public static String line(String label, Map<String, Double> m, String prefix) {
        return String.format(Locale.ROOT, "%s accuracy %.4f, balanced %.4f, parity difference %+.4f, disparate impact "
                + "%.3f, equal opportunity %+.4f, average odds %+.4f, consistency %.4f", label,
                m.get(prefix + "testAccuracy"), m.get(prefix + "balancedAccuracy"),
                m.get(prefix + "statisticalParityDifference"), m.get(prefix + "disparateImpact"),
                m.get(prefix + "equalOpportunityDifference"), m.get(prefix + "averageOddsDifference"),
                m.get(prefix + "consistency"));
    }
}
