package org.veil.core.privacy.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.veil.core.privacy.DataDependentRdp;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.LnMax;
import org.veil.core.privacy.Mechanism;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SmoothSensitivityRelease;
import org.veil.core.privacy.SubsampledGaussian;

/**
 * The RDP curve of a whole ledger: RDP composes additively at each order (Mironov 2017,
 * Proposition 1), so the curve is the count-weighted sum of each mechanism's curve. Stateless.
 */
public final class RdpAnalysis {

    private RdpAnalysis() {
    }

    /** RDP of one run of {@code mechanism} at each order. */
    public static double[] curve(Mechanism mechanism, double[] orders) {
        double[] rdp = new double[orders.length];
        if (mechanism instanceof SubsampledGaussian g) {
            // orders are independent: spread them over the cores (same result as a sequential loop)
            IntStream.range(0, orders.length).parallel().forEach(
                    i -> rdp[i] = SubsampledGaussianRdp.rdp(g.sampleRate(), g.noiseMultiplier(), orders[i]));
            return rdp;
        }
        for (int i = 0; i < orders.length; i++) {
            rdp[i] = closedForm(mechanism, orders[i]);
        }
        return rdp;
    }

    private static double closedForm(Mechanism mechanism, double order) {
        if (mechanism instanceof GnMax m) {
            return AggregatorRdp.gnMax(m.sigma(), order);
        } else if (mechanism instanceof LnMax m) {
            return AggregatorRdp.pureDp(m.pureEpsilon(), order);
        } else if (mechanism instanceof NoisyThreshold m) {
            return AggregatorRdp.threshold(m.sigma(), order);
        } else if (mechanism instanceof SmoothSensitivityRelease m) {
            return AggregatorRdp.smoothSensitivityRelease(m.beta(), m.sigma(), order);
        } else if (mechanism instanceof DataDependentRdp m) {
            return m.rdpAt(order);
        }
        throw new IllegalArgumentException("mechanism=" + mechanism.getClass().getSimpleName() + ", allowed for RDP: "
                + "SubsampledGaussian, GnMax, LnMax, NoisyThreshold, SmoothSensitivityRelease, DataDependentRdp");
    }

    /** Total RDP of the ledger at each order (Mironov 2017, Proposition 1: adaptive composition adds RDP). */
    public static double[] curve(PrivacyLedger ledger, double[] orders) {
        double[] total = new double[orders.length];
        Map<Mechanism, double[]> cache = new HashMap<>();
        for (LedgerEntry e : ledger.entries()) {
            double[] one = cache.computeIfAbsent(e.mechanism(), m -> curve(m, orders));
            for (int i = 0; i < orders.length; i++) {
                total[i] += e.count() * one[i]; // Mironov 2017, Prop 1: composition sums RDP
            }
        }
        return total;
    }
}
