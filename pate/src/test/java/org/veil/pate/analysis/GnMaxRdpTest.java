package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.pate.analysis.PateTables.CLOSED_FORM;
import static org.veil.pate.analysis.PateTables.assertRelative;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GNMax bounds against gnmax-rdp.csv: TF Privacy research/pate_2018 @03035d5,
 * core.compute_logq_gaussian(np.array(counts, float), sigma), core.rdp_gaussian(logq, sigma, orders),
 * core.rdp_data_independent_gaussian(sigma, orders), for the counts, sigma and order of each row.
 */
class GnMaxRdpTest {

    @Test
    void matchesTheAuthorsCode() {
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("gnmax-rdp.csv")) {
            double[] counts = PateTables.numbers(row, "counts");
            double sigma = PateTables.number(row, "sigma");
            double order = PateTables.number(row, "order");
            String what = row.get("case") + " sigma=" + sigma + " order=" + order;
            double logQ = GnMaxRdp.logQ(counts, sigma);
            assertRelative(PateTables.number(row, "logq"), logQ, CLOSED_FORM, "log q " + what);
            assertRelative(PateTables.number(row, "rdp_dependent"), GnMaxRdp.dataDependent(logQ, sigma, order),
                    CLOSED_FORM, "data-dependent " + what);
            assertRelative(PateTables.number(row, "rdp_independent"), GnMaxRdp.dataIndependent(sigma, order),
                    CLOSED_FORM, "data-independent " + what);
            rows++;
        }
        assertEquals(176, rows);
    }

    @Test
    void dataDependentNeverExceedsDataIndependent() {
        double[] orders = org.veil.core.privacy.rdp.OrderGrid.standard().orders();
        for (double sigma : new double[] {0.5, 5, 40, 100, 400}) {
            for (double logQ = -2000; logQ < 0; logQ = logQ * 0.93 + 1e-3) {
                double[] rdp = GnMaxRdp.dataDependent(logQ, sigma, orders);
                for (int k = 0; k < orders.length; k++) {
                    assertTrue(rdp[k] >= 0 && rdp[k] <= GnMaxRdp.dataIndependent(sigma, orders[k]),
                            "sigma=" + sigma + " log q=" + logQ + " order=" + orders[k] + ": " + rdp[k]);
                }
            }
        }
    }

    @Test
    void aFixedOutcomeCostsNothing() {
        assertEquals(0.0, GnMaxRdp.dataDependent(Double.NEGATIVE_INFINITY, 40, 20));
    }

    @Test
    void unanimousVotesWithHugeGapsStayFiniteInLogSpace() {
        // 5000 unanimous teachers at sigma 40: q~ = 9 Q(5000 / (40 sqrt 2)) ~ e^-3908, which is 0 as a double
        double logQ = GnMaxRdp.logQ(new int[] {5000, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 40);
        assertTrue(logQ < -3900 && logQ > -3920, "log q=" + logQ);
        assertTrue(GnMaxRdp.dataDependent(logQ, 40, 20) < 1e-100);
    }
}
