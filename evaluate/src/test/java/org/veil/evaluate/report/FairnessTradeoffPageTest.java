package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.veil.lfr.sweep.SweepPoint;

class FairnessTradeoffPageTest {
    private static SweepPoint point(double az, double acc, double spd) {
        return new SweepPoint(az, Map.of("testAccuracy", acc, "balancedAccuracy", acc, "statisticalParityDifference",
                spd, "disparateImpact", 1.0, "equalOpportunityDifference", 0.0, "averageOddsDifference", 0.0,
                "consistency", 0.9), 1.5);
    }

    @Test
    void pagePlotsEveryFitAndTheBaselineAndTabulatesEveryMetric() {
        List<SweepPoint> pts = List.of(point(0.1, 0.84, -0.12), point(1, 0.79, -0.02));
        JFreeChart c = FairnessTradeoffPage.chart(pts, new double[] {0.85, -0.2});
        var data = c.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(-0.02, data.getXValue(0, 1), 1e-12);
        assertEquals(79.0, data.getYValue(0, 1), 1e-12);
        assertTrue(c.getXYPlot().getDomainAxis().getRange().contains(-0.2), "baseline in view");
        assertTrue(c.getXYPlot().getDomainAxis().getRange().contains(0.05), "the parity band in view");
        String html = FairnessTradeoffPage.html("LFR <adult>", pts, null);
        assertTrue(html.contains("LFR &lt;adult&gt;") && html.contains("data:image/png;base64,"), html);
        assertEquals(3, html.split("<tr>").length - 1, "header and two rows");
    }
}
