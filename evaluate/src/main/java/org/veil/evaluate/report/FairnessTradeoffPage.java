package org.veil.evaluate.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.veil.lfr.sweep.SweepPoint;

/**
 * The self-contained HTML page of an LFR sweep ({@code veil lfr sweep}): test accuracy against the
 * statistical parity difference of every fit, each point labelled with its Az, the unconstrained baseline
 * as its own point, and the band |SPD| ≤ 0.05 shaded; then the table of every metric. One PNG
 * {@code data:} URI, no script, no network. Stateless; deterministic.
 */
public final class FairnessTradeoffPage {

    private FairnessTradeoffPage() {
    }

    /**
     * The page's HTML.
     *
     * @param title    heading, e.g. "LFR on adult (protected: sex)"
     * @param points   the sweep, in Az order
     * @param baseline the baseline's accuracy and parity difference, or null
     */
    public static String html(String title, List<SweepPoint> points, double[] baseline) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>body{font-family:sans-serif;"
                        + "margin:2em;max-width:60em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                        + "padding:.3em .6em;text-align:right}</style></head><body>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n<p>Each point is one LFR fit; the label is its parity "
                        + "weight Az. Shaded: |statistical parity difference| &le; 0.05.</p>\n<img alt=\"accuracy "
                        + "against statistical parity difference\" src=\"")
                .append(ChartImages.pngDataUri(chart(points, baseline))).append("\">\n<table><tr><th>Az</th>");
        for (String f : org.veil.lfr.LfrEvaluation.FIELDS) {
            b.append("<th>").append(f).append("</th>");
        }
        b.append("<th>seconds</th></tr>\n");
        for (SweepPoint p : points) {
            b.append("<tr><td>").append(p.az()).append("</td>");
            for (String f : org.veil.lfr.LfrEvaluation.FIELDS) {
                b.append(String.format(Locale.ROOT, "<td>%.4f</td>", p.metrics().get(f)));
            }
            b.append(String.format(Locale.ROOT, "<td>%.1f</td></tr>%n", p.seconds()));
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    static JFreeChart chart(List<SweepPoint> points, double[] baseline) {
        ChartImages.headless();
        XYSeries lfr = new XYSeries("LFR (label: Az)", false, true);
        for (SweepPoint p : points) {
            lfr.add(p.parityDifference(), 100 * p.accuracy());
        }
        XYSeriesCollection data = new XYSeriesCollection(lfr);
        if (baseline != null) {
            XYSeries base = new XYSeries("baseline MLP", false, true);
            base.add(baseline[1], 100 * baseline[0]);
            data.addSeries(base);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Accuracy against statistical parity",
                "statistical parity difference (unprivileged − privileged)", "test accuracy (%)", data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartImages.style(chart);
        XYPlot plot = chart.getXYPlot();
        // points only: neighbouring Az values need not be neighbours on the curve (each fit is its own optimum)
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            r.setSeriesPaint(s, ChartImages.colour(s));
        }
        plot.setRenderer(r);
        plot.addDomainMarker(new IntervalMarker(-0.05, 0.05, new java.awt.Color(0, 0x9E, 0x73, 40)));
        DecimalFormat az = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        double lo = -0.06;
        double hi = 0.06;
        double yLo = 100;
        double yHi = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                lo = Math.min(lo, data.getXValue(s, i));
                hi = Math.max(hi, data.getXValue(s, i));
                yLo = Math.min(yLo, data.getYValue(s, i));
                yHi = Math.max(yHi, data.getYValue(s, i));
            }
        }
        double pad = 0.05 * (hi - lo);
        plot.getDomainAxis().setRange(lo - pad, hi + pad);
        plot.getRangeAxis().setRange(Math.max(0, yLo - 2), Math.min(100, yHi + 2));
        for (SweepPoint p : points) {
            XYTextAnnotation label = new XYTextAnnotation("Az " + az.format(p.az()), p.parityDifference(),
                    100 * p.accuracy());
            label.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        return chart;
    }
}
