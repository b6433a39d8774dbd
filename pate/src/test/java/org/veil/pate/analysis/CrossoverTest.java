package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.pate.analysis.PateTables.assertRelative;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * q0 and q1 against crossover.csv: TF Privacy research/pate_2018 @03035d5,
 * smooth_sensitivity.compute_logq0_gnmax(sigma, order) and smooth_sensitivity._compute_logq1(sigma, order, classes).
 */
class CrossoverTest {

    @Test
    void matchesTheAuthorsRootFinding() {
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("crossover.csv")) {
            double sigma = PateTables.number(row, "sigma");
            double order = PateTables.number(row, "order");
            int classes = (int) PateTables.number(row, "classes");
            Crossover c = Crossover.of(sigma, order);
            String what = "sigma=" + sigma + " order=" + order + " m=" + classes;
            assertRelative(PateTables.number(row, "logq0"), c.logQ0(), 1e-6, "log q0 " + what);
            assertRelative(PateTables.number(row, "logq1"), c.logQ1(classes), 1e-6, "log q1 " + what);
            rows++;
        }
        assertEquals(70, rows);
    }

    @Test
    void theBoundsCrossAtQ0() {
        Crossover c = Crossover.of(40, 20);
        double below = GnMaxRdp.theorem6Raw(c.logQ0() - 0.01, 40, 20);
        double above = GnMaxRdp.theorem6Raw(c.logQ0() + 0.01, 40, 20);
        double independent = GnMaxRdp.dataIndependent(40, 20);
        assertTrue(below < independent && above > independent, below + " " + independent + " " + above);
        assertTrue(c.logQ1(10) < c.logQ0());
    }

    @Test
    void neighbourBoundsInvertEachOther() {
        double logQ = -30;
        double up = Crossover.logUpperNeighbour(Crossover.logLowerNeighbour(logQ, 40, 10), 40, 10);
        assertEquals(logQ, up, 1e-10);
    }
}
