package org.veil.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.analysis.RdpAnalysis;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.core.privacy.rdp.OrderGrid;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.privacy.rdp.RdpOptions;
import org.veil.core.record.RecordJson;

/** The PATE mechanisms: JSON names, validation and their data-independent RDP through the accountant. */
class PateMechanismsTest {

    @Test
    void roundTripThroughJsonWithStableTypeNames() throws Exception {
        PrivacyLedger ledger = new PrivacyLedger();
        ledger.record(new NoisyThreshold(150), 640);
        ledger.record(new GnMax(40), 286);
        ledger.record(new LnMax(20), 3);
        ledger.record(new DataDependentRdp("test curve", new double[] {2, 4, 8}, new double[] {0.1, 0.3, 0.9}), 1);
        ledger.record(new SmoothSensitivityRelease(0.01, 20), 1);
        ObjectMapper mapper = RecordJson.mapper();
        String json = mapper.writeValueAsString(ledger);
        for (String type : new String[] {"noisy-threshold", "gnmax", "lnmax", "data-dependent-rdp",
            "smooth-sensitivity-release"}) {
            assertTrue(json.replace(" ", "").contains("\"type\":\"" + type + "\""), json);
        }
        assertEquals(ledger, mapper.readValue(json, PrivacyLedger.class));
    }

    @Test
    void dataIndependentRdpMatchesTheClosedForms() {
        double[] orders = {2, 10.5, 100};
        double[] gn = RdpAnalysis.curve(new GnMax(40), orders);
        double[] th = RdpAnalysis.curve(new NoisyThreshold(150), orders);
        double[] ln = RdpAnalysis.curve(new LnMax(20), orders);
        for (int i = 0; i < orders.length; i++) {
            assertEquals(orders[i] / 1600, gn[i], 1e-15); // Papernot et al. 2018, Prop 8
            assertEquals(orders[i] / (2 * 22500.0), th[i], 1e-15); // Gaussian mechanism, sensitivity 1
            double eps = 2 / 20.0; // LNMax: 2/scale per answer (2017, section 3)
            assertEquals(Math.min(eps, eps * eps * orders[i] / 2), ln[i], 1e-15);
        }
        // GNSS (2018, Thm 23) is infinite at and above 1/(2 beta)
        assertEquals(Double.POSITIVE_INFINITY, RdpAnalysis.curve(new SmoothSensitivityRelease(0.05, 10),
                new double[] {10})[0]);
    }

    @Test
    void accountantComposesAggregatorLedgers() {
        PrivacyLedger ledger = new PrivacyLedger();
        ledger.record(new NoisyThreshold(150), 640);
        ledger.record(new GnMax(40), 286);
        RdpAccountant accountant = new RdpAccountant(new RdpOptions(OrderGrid.of(2, 8, 32),
                RdpConversion.CLASSIC));
        PrivacyGuarantee g = accountant.epsilon(ledger, 1e-5);
        double best = Double.POSITIVE_INFINITY;
        for (double a : new double[] {2, 8, 32}) {
            double rdp = 640 * a / (2 * 150.0 * 150) + 286 * a / (40.0 * 40);
            best = Math.min(best, rdp + Math.log(1e5) / (a - 1)); // Mironov 2017, Prop 3
        }
        assertEquals(best, g.epsilon(), 1e-12);
        assertTrue(g.samplingAssumption().contains("teacher"), g.samplingAssumption());
    }

    @Test
    void dataDependentCurveUsesTheNextLargerOrder() {
        DataDependentRdp d = new DataDependentRdp("x", new double[] {2, 4, 8}, new double[] {0.1, 0.3, 0.9});
        assertEquals(0.1, d.rdpAt(1.5));
        assertEquals(0.1, d.rdpAt(2));
        assertEquals(0.3, d.rdpAt(3));
        assertEquals(0.9, d.rdpAt(8));
        assertEquals(Double.POSITIVE_INFINITY, d.rdpAt(8.5));
    }

    @Test
    void parametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new GnMax(0));
        assertThrows(IllegalArgumentException.class, () -> new LnMax(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new NoisyThreshold(-1));
        assertThrows(IllegalArgumentException.class, () -> new SmoothSensitivityRelease(0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataDependentRdp("x", new double[] {2, 2}, new double[] {0, 0}));
        assertTrue(e.getMessage().contains("strictly increasing"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new DataDependentRdp("x", new double[] {2}, new double[] {-0.1}));
        assertThrows(IllegalArgumentException.class,
                () -> new DataDependentRdp("x", new double[] {2, 3}, new double[] {0.1}));
    }
}
