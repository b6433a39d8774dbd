package org.veil.evaluate.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * ROC curves on log–log axes, one chart per attack with one curve per model, and the chance diagonal
 * TPR = FPR. Log axes show the low-FPR regime where membership inference matters (Carlini et al. 2022,
 * "Membership inference attacks from first principles", section III and figure 1). The FPR axis starts
 * at the power of ten at or below 1 / (largest number of evaluated non-members), no lower than 1e-5:
 * below 1/n no FPR can be measured. Points with FPR or TPR below the axis minimum are drawn on the axis.
 *
 * <p>Stateless. Deterministic.
 */
final class RocCharts {
    private static final double SMALLEST_AXIS = 1e-5;

    private RocCharts() {
    }

    /** The lower end of both axes for these rows' evaluations of {@code attack}. */
    static double axisMinimum(List<ReportRow> rows, String attack) {
        int n = 1;
        for (ReportRow r : rows) {
            AttackSummary s = r.attacks().get(attack);
            if (s != null) {
                n = Math.max(n, s.nonMembers());
            }
        }
        double min = Math.pow(10, Math.floor(Math.log10(1.0 / n)));
        return Math.min(1e-1, Math.max(SMALLEST_AXIS, min));
    }

    /** The chart of {@code attack} against every row that ran it. */
    static JFreeChart of(List<ReportRow> rows, String attack) {
        double min = axisMinimum(rows, attack);
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries chance = new XYSeries("chance (TPR = FPR)", false, true);
        chance.add(min, min);
        chance.add(1, 1);
        data.addSeries(chance);
        for (int i = 0; i < rows.size(); i++) {
            AttackSummary s = rows.get(i).attacks().get(attack);
            if (s != null) {
                data.addSeries(curve(uniqueKey(rows, i), s.roc(), min));
            }
        }
        LogAxis x = axis("false-positive rate (log scale)", min);
        LogAxis y = axis("true-positive rate (log scale)", min);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x88, 0x88, 0x88));
        renderer.setSeriesStroke(0, ChartImages.dashed());
        for (int k = 1; k < data.getSeriesCount(); k++) {
            renderer.setSeriesPaint(k, ChartImages.colour(k - 1));
            renderer.setSeriesStroke(k, new BasicStroke(1.8f));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("ROC of attack “" + attack + "” (log–log)", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        ChartImages.style(chart);
        return chart;
    }

    private static LogAxis axis(String label, double min) {
        LogAxis a = new LogAxis(label);
        a.setSmallestValue(min);
        a.setRange(min * 0.98, 1.05); // a hair below the minimum so that its tick label is drawn
        a.setBase(10);
        a.setTickUnit(new NumberTickUnit(1));
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        return a;
    }

    /** The ROC as a step curve (TPR holds until the next FPR), clamped to the axis minimum. */
    static XYSeries curve(String key, RocPoints roc, double min) {
        XYSeries s = new XYSeries(key, false, true);
        double[] fpr = roc.fpr();
        double[] tpr = roc.tpr();
        for (int k = 0; k < fpr.length; k++) {
            double fx = Math.max(min, fpr[k]);
            if (k > 0) {
                s.add(fx, Math.max(min, tpr[k - 1])); // Fawcett 2006, section 5: ROC points joined by steps
            }
            s.add(fx, Math.max(min, tpr[k]));
        }
        return s;
    }

    /** The row's label, made unique among the rows by its position when two rows share one. */
    static String uniqueKey(List<ReportRow> rows, int i) {
        String label = rows.get(i).label();
        long same = rows.stream().filter(r -> r.label().equals(label)).count();
        return same > 1 ? label + " (#" + (i + 1) + ")" : label;
    }
}
