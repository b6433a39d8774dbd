package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.pate.analysis.PateTables.CLOSED_FORM;
import static org.veil.pate.analysis.PateTables.assertRelative;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The threshold check against threshold-rdp.csv: TF Privacy research/pate_2018 @03035d5,
 * core.compute_logpr_answered(threshold, sigma1, np.array(counts, float)),
 * core.compute_rdp_threshold(logpr, sigma1, orders), core.compute_rdp_data_independent_threshold(sigma1, orders).
 */
class ThresholdRdpTest {

    @Test
    void matchesTheAuthorsCode() {
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("threshold-rdp.csv")) {
            int[] counts = PateTables.counts(row);
            double t = PateTables.number(row, "threshold");
            double sigma1 = PateTables.number(row, "sigma1");
            double order = PateTables.number(row, "order");
            String what = row.get("case") + " T=" + t + " sigma1=" + sigma1 + " order=" + order;
            double statistic = ThresholdRdp.confidentStatistic(counts);
            double logPr = ThresholdRdp.logPrAnswered(t, sigma1, statistic);
            assertRelative(PateTables.number(row, "logpr"), logPr, CLOSED_FORM, "log Pr[answered] " + what);
            assertRelative(PateTables.number(row, "rdp_dependent"), ThresholdRdp.dataDependent(t, sigma1, statistic, order),
                    CLOSED_FORM, "data-dependent " + what);
            assertRelative(PateTables.number(row, "rdp_independent"), ThresholdRdp.dataIndependent(sigma1, order),
                    CLOSED_FORM, "data-independent " + what);
            rows++;
        }
        assertEquals(264, rows);
    }

    @Test
    void aCertainAnswerStillHasItsTinyCost() {
        // s - T = 39 sigma1: Pr[not answered] = Q(39) ~ e^-765 underflows as 1 - p, but not as Q(|T - s| / sigma1)
        double logQ = ThresholdRdp.logQ(100, 1, 139);
        assertEquals(-765.0831565643776, logQ, 1e-9); // scipy 1.17 norm.logsf(39)
        org.junit.jupiter.api.Assertions.assertTrue(ThresholdRdp.dataDependent(100, 1, 139, 2.0) > 0);
    }

    @Test
    void interactiveStatisticIsExactNotRounded() {
        assertEquals(0.75, ThresholdRdp.interactiveStatistic(new int[] {3, 1}, new double[] {2.25, 1.75}));
    }
}
