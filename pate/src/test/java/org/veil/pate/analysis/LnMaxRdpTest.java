package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.pate.analysis.PateTables.CLOSED_FORM;
import static org.veil.pate.analysis.PateTables.assertRelative;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LNMax against lnmax-rdp.csv: TF Privacy research/pate_2018 @03035d5,
 * core.compute_logq_laplace(np.array(counts, float), scale), core.rdp_pure_eps(logq, 2. / scale, orders).
 */
class LnMaxRdpTest {

    @Test
    void matchesTheAuthorsCode() {
        int rows = 0;
        for (Map<String, String> row : PateTables.rows("lnmax-rdp.csv")) {
            int[] counts = PateTables.counts(row);
            double scale = PateTables.number(row, "scale");
            double order = PateTables.number(row, "order");
            String what = row.get("case") + " scale=" + scale + " order=" + order;
            double logQ = LnMaxRdp.logQ(counts, scale);
            assertRelative(PateTables.number(row, "logq"), logQ, CLOSED_FORM, "log q " + what);
            assertRelative(PateTables.number(row, "rdp"), LnMaxRdp.dataDependent(logQ, 2 / scale, order), CLOSED_FORM,
                    "rdp " + what);
            rows++;
        }
        assertEquals(176, rows);
    }

    @Test
    void neverAboveTheDataIndependentBound() {
        for (double logQ = -500; logQ < 0; logQ = logQ * 0.9 + 1e-3) {
            for (double order : new double[] {1.5, 2, 8, 32, 256}) {
                double rdp = LnMaxRdp.dataDependent(logQ, 0.1, order);
                assertTrue(rdp >= 0 && rdp <= LnMaxRdp.dataIndependent(0.1, order), "log q=" + logQ + " order=" + order);
            }
        }
    }
}
