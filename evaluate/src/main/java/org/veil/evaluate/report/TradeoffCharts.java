package org.veil.evaluate.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The two privacy–utility charts of the report: test accuracy against claimed ε (log axis, one line per
 * method, non-private models as horizontal reference lines because their ε is ∞), and test accuracy
 * against the measured leakage (the strongest attack's TPR at 0.1% FPR, Carlini et al. 2022, section III).
 *
 * <p>Stateless. Deterministic.
 */
final class TradeoffCharts {

    private TradeoffCharts() {
    }

    /** Accuracy vs claimed ε, or null when no model has a finite ε and no non-private model exists. */
    static JFreeChart accuracyVsEpsilon(List<ReportRow> rows) {
        Map<String, XYSeries> byMethod = new LinkedHashMap<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (ReportRow r : rows) {
            if (!r.nonPrivate() && r.claimedEpsilon() > 0) {
                byMethod.computeIfAbsent(r.method(), m -> new XYSeries(m, true, true))
                        .add(r.claimedEpsilon(), 100 * r.testAccuracy());
                lo = Math.min(lo, r.claimedEpsilon());
                hi = Math.max(hi, r.claimedEpsilon());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byMethod.values().forEach(data::addSeries);
        LogAxis x = new LogAxis("claimed ε (log scale)");
        x.setSmallestValue(1e-3);
        x.setTickUnit(new NumberTickUnit(Math.log10(2))); // ticks at powers of 2: the usual grid of budgets
        x.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        if (hi > 0) {
            x.setRange(lo / 1.6, hi * 1.6);
        } else {
            x.setRange(0.1, 10);
        }
        NumberAxis y = new NumberAxis("test accuracy (%)");
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < data.getSeriesCount(); k++) {
            renderer.setSeriesPaint(k, ChartImages.colour(k));
            renderer.setSeriesStroke(k, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (ReportRow r : rows) {
            yMin = Math.min(yMin, 100 * r.testAccuracy());
            yMax = Math.max(yMax, 100 * r.testAccuracy());
            if (r.nonPrivate()) {
                ValueMarker m = new ValueMarker(100 * r.testAccuracy(), new Color(0x55, 0x55, 0x55),
                        ChartImages.dashed());
                m.setLabel(r.label() + " (ε = ∞): " + ReportFormat.percent(r.testAccuracy()));
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addRangeMarker(m);
            }
        }
        double pad = Math.max(0.5, (yMax - yMin) * 0.15);
        y.setRange(Math.max(0, yMin - pad), Math.min(100, yMax + pad));
        JFreeChart chart = new JFreeChart("Test accuracy vs claimed privacy budget ε", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        ChartImages.style(chart);
        return chart;
    }

    /** Accuracy vs the strongest attack's TPR at 0.1% FPR, one labelled point per model that was attacked. */
    static JFreeChart accuracyVsLeakage(List<ReportRow> rows) {
        XYSeries points = new XYSeries("models", false, true);
        Map<Integer, String> labels = new LinkedHashMap<>();
        for (ReportRow r : rows) {
            Map.Entry<String, AttackSummary> best = r.strongestAttack();
            if (best != null) {
                labels.put(points.getItemCount(), r.label());
                points.add(100 * best.getValue().tprAt0_1PctFpr(), 100 * r.testAccuracy());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(points);
        NumberAxis x = new NumberAxis("strongest attack's TPR at 0.1% FPR (% of members identified)");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("test accuracy (%)");
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartImages.colour(0));
        XYItemLabelGenerator label = (dataset, series, item) -> labels.getOrDefault(item, "");
        renderer.setDefaultItemLabelGenerator(label);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        // A random guess flags 0.1% of members at 0.1% FPR (TPR = FPR on the chance diagonal).
        ValueMarker chance = new ValueMarker(0.1, new Color(0x88, 0x88, 0x88), ChartImages.dashed());
        chance.setLabel("chance");
        chance.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chance.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        chance.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(chance);
        x.setUpperMargin(0.2);
        y.setUpperMargin(0.1);
        JFreeChart chart = new JFreeChart("Test accuracy vs measured leakage", JFreeChart.DEFAULT_TITLE_FONT, plot,
                false);
        ChartImages.style(chart);
        return chart;
    }
}
