package org.veil.evaluate.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.veil.core.io.AtomicFiles;

/**
 * Draws an {@link ExperimentReport} as {@code report.html}: one self-contained page (inline CSS, charts
 * as PNG {@code data:} URIs drawn headless with JFreeChart, no script, no external reference) with, in
 * order, the alarm box and plain-language summary ({@link ReportSummary}), the privacy–utility charts
 * ({@link TradeoffCharts}), the log–log ROC curves ({@link RocCharts}), the results tables
 * ({@link ReportTable}) and the setup. docs/report.md describes the page; scripts/check-report.sh checks
 * it in headless Chromium.
 *
 * <p>Stateless and thread-safe (each call draws its own charts). Deterministic for a given report.
 */
public final class ReportHtml {
    /** File name of the page in the experiment directory. */
    public static final String FILE_NAME = "report.html";

    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "margin:2em auto;max-width:1200px;padding:0 1em;color:#222;line-height:1.45}"
            + "h1{font-size:1.7em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}"
            + ".alarm-box{background:#c62828;color:#fff;border:3px solid #7f0000;padding:.6em 1.2em;border-radius:6px}"
            + ".alarm-box h2{border:none;color:#fff;margin-top:.3em}"
            + ".headline{font-size:1.1em}.note{color:#555;font-size:.9em}"
            + "figure{margin:1em 0;display:inline-block;vertical-align:top}"
            + "figure img{max-width:100%;height:auto;border:1px solid #ddd}figcaption{font-size:.9em;color:#444;"
            + "max-width:760px}.scroll{overflow-x:auto}"
            + "table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em}"
            + "th{background:#f2f2f2}th.group{background:#e3ecf7}td.num{text-align:right;white-space:nowrap}"
            + "td.options{font-family:monospace;font-size:.8em;min-width:16em;max-width:26em}"
            + "td.alarm{background:#c62828;color:#fff;font-weight:bold}tr.alarm-row td:first-child{color:#c62828;"
            + "font-weight:bold}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}"
            + "dd{margin:0}code{background:#f4f4f4;padding:0 .2em}";

    private ReportHtml() {
    }

    /** Writes the page to {@code file} atomically (temporary file in the same directory, then move). */
    public static void write(ExperimentReport report, Path file) throws IOException {
        byte[] page = render(report).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, page);
    }

    /** The page as text. */
    public static String render(ExperimentReport report) {
        ChartImages.headless();
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .text("Veil experiment report: " + report.setup().data().name()).raw("</title><style>").raw(STYLE)
                .raw("</style></head>\n<body>\n");
        html.element("h1", null, "Privacy experiment report — " + report.setup().data().name());
        ReportSummary.write(report, html);
        tradeoff(report.rows(), html);
        roc(report, html);
        ReportTable.results(report, html);
        ReportTable.slices(report, html);
        ReportSetupSection.write(report, html);
        html.raw("</body></html>\n");
        return html.toString();
    }

    private static void tradeoff(List<ReportRow> rows, Html html) {
        html.raw("<section id=\"tradeoff\"><h2>Privacy–utility trade-off</h2>");
        if (rows.isEmpty()) {
            html.element("p", null, "No model in this report.");
        } else {
            figure(TradeoffCharts.accuracyVsEpsilon(rows), "accuracy vs claimed epsilon",
                    "Test accuracy against the claimed ε (log scale; smaller ε = stronger guarantee). Non-private "
                    + "models have ε = ∞ and are drawn as dashed horizontal reference lines.", html);
            if (rows.stream().anyMatch(r -> !r.attacks().isEmpty())) {
                figure(TradeoffCharts.accuracyVsLeakage(rows), "accuracy vs measured leakage",
                        "Test accuracy against the measured leakage: the strongest attack's TPR at 0.1% FPR (share "
                        + "of training members identified while accusing 1 in 1000 non-members). Up and left is "
                        + "better.", html);
            }
        }
        html.raw("</section>\n");
    }

    private static void roc(ExperimentReport report, Html html) {
        html.raw("<section id=\"roc\"><h2>ROC curves (log–log)</h2>");
        List<String> attacks = report.attackNames();
        if (attacks.isEmpty()) {
            html.element("p", null, "No attack was run.");
        }
        for (String a : attacks) {
            figure(RocCharts.of(report.rows(), a), "ROC curves of attack " + a,
                    "Attack “" + a + "”: true-positive rate against false-positive rate, both on log scales, one "
                    + "curve per model; the dashed diagonal is a random guess. A curve far above the diagonal at the "
                    + "left edge means the attack confidently identifies some members. The axes start at "
                    + ReportFormat.number(RocCharts.axisMinimum(report.rows(), a))
                    + " (about 1 / number of evaluated non-members); smaller rates are drawn on the axis.", html);
        }
        html.raw("</section>\n");
    }

    private static void figure(JFreeChart chart, String alt, String caption, Html html) {
        html.raw("<figure><img width=\"" + ChartImages.WIDTH + "\" height=\"" + ChartImages.HEIGHT + "\" alt=\"")
                .text(alt).raw("\" src=\"").raw(ChartImages.pngDataUri(chart)).raw("\"><figcaption>").text(caption)
                .raw("</figcaption></figure>\n");
    }
}
