package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.pate.analysis.PateTables.assertRelative;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Local and smooth sensitivity of GNMax against the authors' code: local-sensitivity-gnmax.csv is
 * TF Privacy research/pate_2018 @03035d5, smooth_sensitivity.compute_local_sensitivity_bounds_gnmax(
 * np.array(counts, float), teachers, sigma, order), and smooth-sensitivity-gnmax.csv is
 * smooth_sensitivity.compute_discounted_max(beta, that array), for each row's inputs.
 */
class GnMaxSensitivityTest {

    @Test
    void localSensitivityByDistanceMatchesTheAuthorsWalk() {
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("local-sensitivity-gnmax.csv")) {
            int[] counts = PateTables.counts(row);
            int teachers = (int) PateTables.number(row, "teachers");
            double sigma = PateTables.number(row, "sigma");
            double order = PateTables.number(row, "order");
            double[] expected = PateTables.numbers(row, "ls");
            double[] actual = GnMaxSensitivity.of(sigma, order, counts.length).byDistance(counts, teachers);
            assertArrayClose(expected, actual, row.get("case") + " sigma=" + sigma + " order=" + order);
            rows++;
        }
        assertEquals(10, rows);
    }

    @Test
    void smoothSensitivityMatchesTheAuthorsDiscountedMax() {
        for (Map<String, String> row : PateTables.rows("smooth-sensitivity-gnmax.csv")) {
            int[] counts = PateTables.counts(row);
            int teachers = (int) PateTables.number(row, "teachers");
            double sigma = PateTables.number(row, "sigma");
            double order = PateTables.number(row, "order");
            double beta = PateTables.number(row, "beta");
            double[] ls = GnMaxSensitivity.of(sigma, order, counts.length).byDistance(counts, teachers + 1);
            double ss = new SensitivityProfile(order, 0, ls).smooth(beta);
            assertRelative(PateTables.number(row, "ss"), ss, 1e-6, row.get("case") + " beta=" + beta);
        }
    }

    @Test
    void thePlateauIsTheLargestValue() {
        GnMaxSensitivity s = GnMaxSensitivity.of(40, 20, 10);
        for (double logQ = -200; logQ < -0.2; logQ += 0.37) {
            assertTrue(s.localSensitivity(logQ) <= s.plateau() * (1 + 1e-9), "log q=" + logQ);
        }
    }

    /** |a - e| &lt;= 1e-6 |e| + 1e-12 max |e| (values spanning 1e-17 .. 1 lose relative digits near 0). */
    static void assertArrayClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int d = 0; d < expected.length; d++) {
            double tolerance = 1e-6 * Math.abs(expected[d]) + 1e-12 * scale;
            assertEquals(expected[d], actual[d], tolerance, what + ": distance " + d);
        }
    }
}
