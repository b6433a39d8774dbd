package org.veil.cli.pate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.veil.cli.support.OutputOptions;
import org.veil.core.record.TrainingRecord;
import org.veil.pate.analysis.AnalysisKind;

/** What {@code veil pate train} prints: the contract fields as JSON, or a short text summary. */
record TrainReport(TrainingRecord record, OutputOptions output) {

    private static final String[] METRICS = {"testAccuracy", "teachers", "queries", "answered", "teacherAnswers",
        "studentAnswers", "expectedAnswered", "epsilonDataDependent", "epsilonDataDependentExpected",
        "epsilonDataIndependent", "epsilonReleased", "pseudoLabels"};

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", record.method());
        m.put("epsilon", record.privacy().epsilon());
        m.put("delta", record.privacy().delta());
        m.put("order", record.privacy().guarantee() == null ? null : record.privacy().guarantee().order());
        m.put("analysis", analysis());
        for (String k : METRICS) {
            if (record.metrics().containsKey(k)) {
                m.put(k, record.metrics().get(k));
            }
        }
        m.put("accountant", record.privacy().accountant());
        m.put("noiseSource", record.privacy().noiseSource());
        m.put("model", output.modelFile().toString());
        m.put("record", output.recordFile().toString());
        return m;
    }

    private String analysis() {
        return PateChoices.name(AnalysisKind.valueOf(record.options().path("accounting").path("analysis")
                .asText(AnalysisKind.DATA_DEPENDENT.name())));
    }

    String toText() {
        Map<String, Double> m = record.metrics();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "student test accuracy %.4f on %d rows; %d teachers answered %.0f of %.0f "
                + "queries%n", m.get("testAccuracy"), record.data().testRows(), m.get("teachers").longValue(),
                m.get("teacherAnswers"), m.get("queries")));
        b.append(String.format(Locale.ROOT, "epsilon = %.4f at delta = %.1e (%s analysis); data-independent %.4f%n",
                record.privacy().epsilon(), record.privacy().delta(), analysis(), m.get("epsilonDataIndependent")));
        b.append("wrote ").append(output.modelFile()).append(" and ").append(output.recordFile())
                .append(System.lineSeparator());
        return b.toString();
    }
}
