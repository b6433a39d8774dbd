package org.veil.evaluate.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.veil.core.record.TrainingRecord;

/**
 * One model of an experiment: how it was trained, what it claims, how accurate it is and what each
 * attack measured against it. Written as one element of {@code report.json}'s {@code rows}.
 *
 * <p>Immutable; thread-safe. No randomness.
 *
 * @param method         training method, e.g. {@code baseline}, {@code dp-sgd}
 * @param options        the method's options as a JSON object (as in the model's {@code record.json})
 * @param claimedEpsilon certified ε; {@code Double.POSITIVE_INFINITY} for a non-private model (written
 *                       {@code "Infinity"})
 * @param delta          the δ the claim holds at (0 for a non-private model)
 * @param testAccuracy   accuracy on the test split, in [0, 1]
 * @param accuracyLoss   baseline test accuracy minus this one (a fraction; 0.012 = 1.2 points; negative
 *                       when this model is more accurate)
 * @param modelDir       the model's run directory relative to the report's directory
 * @param attacks        attack name → summary, in the order the attacks ran; possibly empty
 * @param budgetEpsilon  the ε budget the model was trained for when its claimed ε is a data-dependent
 *                       value of the realised run (PATE), else null (not written); claimed ≤ budget
 */
public record ReportRow(String method, JsonNode options, double claimedEpsilon, double delta, double testAccuracy,
        double accuracyLoss, String modelDir, Map<String, AttackSummary> attacks,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double budgetEpsilon) {

    public ReportRow {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(modelDir, "modelDir");
        if (options == null || !options.isObject()) {
            throw new IllegalArgumentException("options=" + options + ", allowed: a JSON object");
        }
        options = options.deepCopy();
        if (Double.isNaN(claimedEpsilon) || claimedEpsilon < 0) {
            throw new IllegalArgumentException("claimedEpsilon=" + claimedEpsilon + ", allowed: >= 0 or Infinity");
        }
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: [0, 1)");
        }
        if (!(testAccuracy >= 0 && testAccuracy <= 1)) {
            throw new IllegalArgumentException("testAccuracy=" + testAccuracy + ", allowed: [0, 1]");
        }
        if (!(accuracyLoss >= -1 && accuracyLoss <= 1)) {
            throw new IllegalArgumentException("accuracyLoss=" + accuracyLoss + ", allowed: [-1, 1]");
        }
        Map<String, AttackSummary> a = new LinkedHashMap<>();
        if (attacks != null) {
            attacks.forEach((k, v) -> a.put(Objects.requireNonNull(k, "attack name"),
                    Objects.requireNonNull(v, "attack " + k)));
        }
        attacks = Collections.unmodifiableMap(a);
        if (budgetEpsilon != null && !(budgetEpsilon > 0)) {
            throw new IllegalArgumentException("budgetEpsilon=" + budgetEpsilon + ", allowed: > 0 or null");
        }
    }

    /** This row with the budget its data-dependent claimed ε was trained for. */
    public ReportRow withBudget(double budget) {
        return new ReportRow(method, options, claimedEpsilon, delta, testAccuracy, accuracyLoss, modelDir, attacks,
                budget);
    }

    /**
     * The row of a trained model from its training record: method, options, ε, δ and
     * {@code metrics.testAccuracy} are taken from the record.
     *
     * @param baselineAccuracy the non-private baseline's test accuracy (accuracy loss is measured against it)
     * @param modelDir         the model's directory relative to the report's directory
     * @param attacks          attack name → summary, possibly empty
     * @throws IllegalArgumentException when the record has no {@code testAccuracy} metric
     */
    public static ReportRow of(TrainingRecord record, double baselineAccuracy, String modelDir,
            Map<String, AttackSummary> attacks) {
        Double accuracy = record.metrics().get("testAccuracy");
        if (accuracy == null) {
            throw new IllegalArgumentException("record of " + record.method() + " has no metrics.testAccuracy");
        }
        return new ReportRow(record.method(), record.options(), record.privacy().epsilon(), record.privacy().delta(),
                accuracy, baselineAccuracy - accuracy, modelDir, attacks, null);
    }

    /** True when the model claims no finite ε (non-private). */
    public boolean nonPrivate() {
        return Double.isInfinite(claimedEpsilon);
    }

    /** A short human name, e.g. {@code baseline}, {@code dp-sgd ε=1} or {@code pate ε=0.78 (budget 1)}. */
    public String label() {
        if (nonPrivate()) {
            return method;
        }
        String label = method + " ε=" + ReportFormat.number(claimedEpsilon);
        return budgetEpsilon == null ? label : label + " (budget " + ReportFormat.number(budgetEpsilon) + ")";
    }

    /** True when any attack's ε lower bound exceeds the claimed ε. */
    public boolean alarm() {
        return attacks.values().stream().anyMatch(AttackSummary::alarm);
    }

    /** The attack with the highest TPR at 0.1% FPR (ties: higher AUC, then first), or null when none ran. */
    public Map.Entry<String, AttackSummary> strongestAttack() {
        Map.Entry<String, AttackSummary> best = null;
        for (Map.Entry<String, AttackSummary> e : attacks.entrySet()) {
            AttackSummary s = e.getValue();
            if (best == null || s.tprAt0_1PctFpr() > best.getValue().tprAt0_1PctFpr()
                    || s.tprAt0_1PctFpr() == best.getValue().tprAt0_1PctFpr() && s.auc() > best.getValue().auc()) {
                best = e;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReportRow[%s, accuracy=%.4f, attacks=%s]", label(), testAccuracy,
                attacks.keySet());
    }
}
