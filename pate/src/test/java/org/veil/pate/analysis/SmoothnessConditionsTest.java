package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * C5 and C6 against conditions.csv: TF Privacy research/pate_2018 @03035d5,
 * smooth_sensitivity.check_conditions(sigma, classes, order) (sympy derivative, then a numerical minimum);
 * the first two rows are the authors' own test (smooth_sensitivity_test.py).
 */
class SmoothnessConditionsTest {

    @Test
    void agreesWithTheAuthorsSymbolicCheck() {
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("conditions.csv")) {
            double sigma = PateTables.number(row, "sigma");
            int classes = (int) PateTables.number(row, "classes");
            double order = PateTables.number(row, "order");
            SmoothnessConditions c = SmoothnessConditions.gnMax(Crossover.of(sigma, order), classes, 250);
            String what = "sigma=" + sigma + " m=" + classes + " order=" + order;
            assertEquals(Boolean.parseBoolean(row.get("c5")), c.c5(), "C5 " + what);
            assertEquals(Boolean.parseBoolean(row.get("c6")), c.c6(), "C6 " + what);
            assertTrue(c.singleCrossing(), "single crossing " + what);
            rows++;
        }
        assertEquals(5, rows);
    }

    @Test
    void describesWhatFailed() {
        SmoothnessConditions c = SmoothnessConditions.gnMax(Crossover.of(20, 25), 10, 250);
        assertTrue(c.describe().startsWith("C6 fails at sigma=20.0, order=25.0"), c.describe());
    }
}
