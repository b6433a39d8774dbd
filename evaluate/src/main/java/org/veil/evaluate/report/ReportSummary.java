package org.veil.evaluate.report;

import java.util.List;
import java.util.Map;

/**
 * The plain-language top of the report page: what was measured, what the strongest attack achieves
 * without privacy and with it, which model gives the best trade-off, and a red alarm for every
 * attack whose empirical ε lower bound exceeds the model's claimed ε.
 *
 * <p>Best trade-off rule (stated on the page): among private models without an alarm, the smallest
 * claimed ε whose test accuracy is within {@link #TOLERANCE} (1 percentage point) of the best
 * non-private model; if none is that close, the most accurate private model. Stateless.
 */
final class ReportSummary {
    /** Accuracy loss a user is assumed to accept for the best trade-off: 1 percentage point. */
    static final double TOLERANCE = 0.01;

    private ReportSummary() {
    }

    /** Appends the alarm box (when some row alarms) and the summary section. */
    static void write(ExperimentReport report, Html html) {
        alarms(report, html);
        html.raw("<section id=\"summary\"><h2>Summary</h2>");
        List<ReportRow> rows = report.rows();
        ExperimentSetup s = report.setup();
        html.element("p", null, "What was measured: " + rows.size() + " model(s) trained on “" + s.data().name()
                + "” (" + s.data().rows() + " rows) and attacked by " + report.attackNames().size()
                + " membership-inference attack(s) that try to tell the " + s.members()
                + " training members from " + s.nonMembers() + " held-out non-members. A rate such as “TPR at 0.1% "
                + "FPR” is the share of training members an attack identifies while wrongly accusing at most 1 in "
                + "1000 non-members.");
        ReportRow baseline = rows.stream().filter(ReportRow::nonPrivate).findFirst().orElse(null);
        ReportRow privateRow = representative(rows);
        if (baseline != null && baseline.strongestAttack() != null) {
            Map.Entry<String, AttackSummary> b = baseline.strongestAttack();
            String sentence = "Without privacy (" + baseline.label() + ") the best attack (" + b.getKey()
                    + ") identifies " + ReportFormat.percent(b.getValue().tprAt0_1PctFpr())
                    + " of training members at a 0.1% false-positive rate (AUC " + ReportFormat.fixed3(b.getValue().auc())
                    + ")";
            if (privateRow != null && privateRow.strongestAttack() != null) {
                Map.Entry<String, AttackSummary> p = privateRow.strongestAttack();
                sentence += "; with " + privateRow.method() + " at ε=" + ReportFormat.number(privateRow.claimedEpsilon())
                        + " it (" + p.getKey() + ") identifies " + ReportFormat.percent(p.getValue().tprAt0_1PctFpr())
                        + " and accuracy " + change(privateRow.accuracyLoss());
            }
            html.element("p", "headline", sentence + ".");
        } else if (rows.isEmpty() || report.attackNames().isEmpty()) {
            html.element("p", "headline", "No attack was run, so no leakage was measured.");
        }
        ReportRow best = bestTradeoff(rows);
        if (best != null) {
            html.element("p", "headline", "Best trade-off: " + best.label() + " (accuracy "
                    + ReportFormat.percent(best.testAccuracy()) + ", " + change(best.accuracyLoss())
                    + " vs the baseline). Rule: the smallest claimed ε within 1 accuracy point of the non-private "
                    + "model, among models without an alarm; otherwise the most accurate private model.");
        }
        html.element("p", "note", "The empirical ε is a statistical lower bound (" + Math.round(100 * s.confidence())
                + "% confidence): a bound above the claimed ε proves a violation, a bound below it does not prove "
                + "the claim.");
        html.raw("</section>\n");
    }

    private static String change(double loss) {
        return loss >= 0 ? "drops by " + ReportFormat.points(loss) + " points"
                : "rises by " + ReportFormat.points(-loss) + " points";
    }

    private static void alarms(ExperimentReport report, Html html) {
        if (!report.alarm()) {
            return;
        }
        html.raw("<div id=\"alarm\" class=\"alarm-box\" role=\"alert\"><h2>Alarm: the measured leakage contradicts "
                + "the claimed guarantee</h2><ul>");
        for (ReportRow r : report.rows()) {
            r.attacks().forEach((name, a) -> {
                if (a.alarm()) {
                    html.element("li", null, r.label() + ", attack " + name + ": empirical ε lower bound "
                            + ReportFormat.epsilon(a.empiricalEpsilonLowerBound()) + " > claimed ε "
                            + ReportFormat.epsilon(r.claimedEpsilon()));
                }
            });
        }
        html.raw("</ul><p>The measured leakage contradicts the claimed guarantee: the implementation or the "
                + "accounting is broken. Do not rely on these models' privacy claims.</p></div>\n");
    }

    /** The private row whose ε is closest to 1 on a log scale (the usual reference budget), or null. */
    static ReportRow representative(List<ReportRow> rows) {
        ReportRow best = null;
        for (ReportRow r : rows) {
            if (!r.nonPrivate() && r.claimedEpsilon() > 0 && (best == null
                    || Math.abs(Math.log(r.claimedEpsilon())) < Math.abs(Math.log(best.claimedEpsilon())))) {
                best = r;
            }
        }
        return best;
    }

    /** The best privacy–utility trade-off under the class rule, or null when there is no private model. */
    static ReportRow bestTradeoff(List<ReportRow> rows) {
        ReportRow within = null;
        ReportRow accurate = null;
        for (ReportRow r : rows) {
            if (r.nonPrivate() || r.alarm()) {
                continue;
            }
            if (r.accuracyLoss() <= TOLERANCE && (within == null || r.claimedEpsilon() < within.claimedEpsilon())) {
                within = r;
            }
            if (accurate == null || r.testAccuracy() > accurate.testAccuracy()) {
                accurate = r;
            }
        }
        return within != null ? within : accurate;
    }
}
