package org.veil.core.privacy.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.Mechanism;
import org.veil.core.privacy.PrivacyLedger;
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
        if (mechanism instanceof SubsampledGaussian g) {
            double[] rdp = new double[orders.length];
            // orders are independent: spread them over the cores (same result as a sequential loop)
            IntStream.range(0, orders.length).parallel().forEach(
                    i -> rdp[i] = SubsampledGaussianRdp.rdp(g.sampleRate(), g.noiseMultiplier(), orders[i]));
            return rdp;
        }
        throw new IllegalArgumentException("mechanism=" + mechanism.getClass().getSimpleName()
                + ", allowed for RDP: SubsampledGaussian");
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
