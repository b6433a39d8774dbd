package org.veil.evaluate.report;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report page's tables: one row per model with its claim, accuracy and, per attack, AUC, TPR at
 * 0.1% and 1% FPR, advantage and empirical ε lower bound (cells whose bound exceeds the claimed ε are
 * marked {@code class="alarm"}); and the per-slice AUCs when any attack reported slices. Bootstrap
 * intervals, when present, follow the value in brackets. Every text is escaped. Stateless.
 */
final class ReportTable {
    private static final String[] ATTACK_COLUMNS = {"AUC", "TPR@0.1%", "TPR@1%", "Adv.", "ε LB"};

    private ReportTable() {
    }

    /** Appends the results table. */
    static void results(ExperimentReport report, Html html) {
        List<String> attacks = report.attackNames();
        html.raw("<section id=\"results\"><h2>Results per model</h2><div class=\"scroll\"><table id=\"results-table\">"
                + "<thead><tr><th rowspan=\"2\">model</th><th rowspan=\"2\">options</th><th rowspan=\"2\">claimed ε</th>"
                + "<th rowspan=\"2\">δ</th><th rowspan=\"2\">test accuracy</th><th rowspan=\"2\">accuracy loss (points)"
                + "</th>");
        for (String a : attacks) {
            html.raw("<th colspan=\"" + ATTACK_COLUMNS.length + "\" class=\"group\">").text(a).raw("</th>");
        }
        html.raw("</tr><tr>");
        for (int i = 0; i < attacks.size(); i++) {
            for (String c : ATTACK_COLUMNS) {
                html.element("th", null, c);
            }
        }
        html.raw("</tr></thead><tbody>");
        for (ReportRow r : report.rows()) {
            html.raw(r.alarm() ? "<tr class=\"alarm-row\">" : "<tr>");
            html.element("td", null, r.label()).element("td", "options", options(r))
                    .element("td", "num", ReportFormat.epsilon(r.claimedEpsilon()) + (r.budgetEpsilon() == null ? ""
                            : " (budget " + ReportFormat.number(r.budgetEpsilon()) + ")"))
                    .element("td", "num", ReportFormat.number(r.delta()))
                    .element("td", "num", ReportFormat.percent(r.testAccuracy()))
                    .element("td", "num", ReportFormat.points(r.accuracyLoss()));
            for (String a : attacks) {
                attackCells(r.attacks().get(a), html);
            }
            html.raw("</tr>\n");
        }
        html.raw("</tbody></table></div><p class=\"note\">TPR@x%: share of members identified at x% false-positive rate. "
                + "Adv.: max TPR − FPR. ε LB: empirical ε lower bound at the calibrated threshold; red when it "
                + "exceeds the claimed ε. A budget beside the claimed ε: a data-dependent claim of the realised "
                + "run (PATE), trained to stay within that budget. Brackets: bootstrap confidence intervals. "
                + "— : not run or undefined.</p>"
                + "</section>\n");
    }

    /**
     * The options as flat {@code key=value} pairs of their leaves (nested objects are opened, a nested
     * {@code type} is shown as {@code parent=type}, nulls are left out), e.g.
     * {@code network=mlp, hiddenLayers=[64], epochs=20, optimizer=adam, learningRate=0.002, budget=target-epsilon, epsilon=1.0}.
     */
    static String options(ReportRow r) {
        List<String> parts = new java.util.ArrayList<>();
        flatten(null, r.options(), parts);
        return parts.isEmpty() ? ReportFormat.UNDEFINED : String.join(", ", parts);
    }

    private static void flatten(String parent, com.fasterxml.jackson.databind.JsonNode node, List<String> parts) {
        node.properties().forEach(e -> {
            com.fasterxml.jackson.databind.JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(e.getKey(), v, parts);
            } else if ("type".equals(e.getKey()) && parent != null) {
                parts.add(parent + "=" + v.asText());
            } else if (!v.isNull()) {
                parts.add(e.getKey() + "=" + (v.isTextual() ? v.asText() : v.toString()));
            }
        });
    }

    private static void attackCells(AttackSummary s, Html html) {
        if (s == null) {
            for (int k = 0; k < ATTACK_COLUMNS.length; k++) {
                html.element("td", "num", ReportFormat.UNDEFINED);
            }
            return;
        }
        AttackIntervals ci = s.intervals();
        html.element("td", "num", ReportFormat.fixed3(s.auc()) + ReportFormat.interval(ci.auc(), false))
                .element("td", "num", ReportFormat.percent(s.tprAt0_1PctFpr())
                        + ReportFormat.interval(ci.tprAt0_1PctFpr(), true))
                .element("td", "num", ReportFormat.percent(s.tprAt1PctFpr())
                        + ReportFormat.interval(ci.tprAt1PctFpr(), true))
                .element("td", "num", ReportFormat.fixed3(s.advantage()))
                .element("td", s.alarm() ? "num alarm" : "num", ReportFormat.epsilon(s.empiricalEpsilonLowerBound()));
    }

    /** Appends the per-slice AUC table, or nothing when no attack reported slices. */
    static void slices(ExperimentReport report, Html html) {
        TreeSet<String> names = new TreeSet<>();
        report.rows().forEach(r -> r.attacks().values().forEach(a -> names.addAll(a.sliceAuc().keySet())));
        if (names.isEmpty()) {
            return;
        }
        html.raw("<section id=\"slices\"><h2>AUC per slice</h2><p>Leakage often concentrates in small groups or rare "
                + "classes, which the overall AUC hides.</p><div class=\"scroll\"><table id=\"slices-table\"><thead><tr>"
                + "<th>model</th><th>attack</th>");
        names.forEach(n -> html.element("th", null, n));
        html.raw("</tr></thead><tbody>");
        for (ReportRow r : report.rows()) {
            for (Map.Entry<String, AttackSummary> e : r.attacks().entrySet()) {
                if (e.getValue().sliceAuc().isEmpty()) {
                    continue;
                }
                html.raw("<tr>").element("td", null, r.label()).element("td", null, e.getKey());
                for (String n : names) {
                    Double auc = e.getValue().sliceAuc().get(n);
                    html.element("td", "num", auc == null ? ReportFormat.UNDEFINED : ReportFormat.fixed3(auc));
                }
                html.raw("</tr>\n");
            }
        }
        html.raw("</tbody></table></div></section>\n");
    }
}
