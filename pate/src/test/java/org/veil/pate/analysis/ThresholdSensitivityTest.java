package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The threshold check's local sensitivity against local-sensitivity-threshold.csv: TF Privacy
 * research/pate_2018 @03035d5, smooth_sensitivity.compute_local_sensitivity_bounds_threshold(
 * np.array(counts, float), teachers, threshold, sigma1, order); and the real-statistic bound against
 * brute force.
 */
class ThresholdSensitivityTest {

    @Test
    void integerStatisticMatchesTheAuthorsCode() {
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("local-sensitivity-threshold.csv")) {
            int[] counts = PateTables.counts(row);
            int teachers = (int) PateTables.number(row, "teachers");
            double t = PateTables.number(row, "threshold");
            double sigma1 = PateTables.number(row, "sigma1");
            double order = PateTables.number(row, "order");
            ThresholdSensitivity s = ThresholdSensitivity.of(t, sigma1, order, 0, teachers, false);
            double[] actual = s.onIntegers((int) ThresholdRdp.confidentStatistic(counts), 0, teachers, teachers);
            GnMaxSensitivityTest.assertArrayClose(PateTables.numbers(row, "ls"), actual,
                    row.get("case") + " T=" + t + " sigma1=" + sigma1 + " order=" + order);
            rows++;
        }
        assertEquals(6, rows);
    }

    @Test
    void realStatisticBoundCoversEveryNeighbourPair() {
        // the authors' test setting (T=16, sigma1=2, order 10, 30 teachers), where f changes fast
        double t = 16;
        double sigma1 = 2;
        double order = 10;
        ThresholdSensitivity s = ThresholdSensitivity.of(t, sigma1, order, 0, 30, true);
        double statistic = 9.37;
        double[] bound = s.onReals(statistic, 0, 30, 31);
        double step = 1.0 / 97;
        int points = (int) (30 / step) + 1;
        double[] worstAt = new double[points]; // the exact local sensitivity at u = i step, over t within 1
        for (int i = 0; i < points; i++) {
            double u = i * step;
            double fu = s.rdp(u);
            for (double dt = -1; dt <= 1; dt += 1.0 / 89) {
                worstAt[i] = Math.max(worstAt[i], Math.abs(s.rdp(u + dt) - fu));
            }
            worstAt[i] = Math.max(worstAt[i], Math.max(Math.abs(s.rdp(u + 1) - fu), Math.abs(s.rdp(u - 1) - fu)));
        }
        for (int d = 0; d <= 30; d++) {
            double worst = 0;
            for (int i = 0; i < points; i++) {
                if (Math.abs(i * step - statistic) <= d) {
                    worst = Math.max(worst, worstAt[i]);
                }
            }
            assertTrue(worst <= bound[d] * (1 + 1e-12), "distance " + d + ": " + worst + " > " + bound[d]);
            assertTrue(bound[d] <= 1.5 * worst + 1e-12, "distance " + d + ": bound " + bound[d] + " far above " + worst);
        }
    }
}
