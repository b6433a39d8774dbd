package org.veil.core.privacy.rdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SamplingAssumption;
import org.veil.core.privacy.analysis.RdpAnalysis;
import org.veil.core.privacy.analysis.RdpConversion;

/**
 * Renyi-DP accountant (Mironov 2017; Mironov, Talwar and Zhang 2019 for the subsampled Gaussian):
 * sums each mechanism's RDP curve over the ledger, converts every order to (epsilon, delta) and
 * reports the smallest epsilon and the order that gave it. Warns when that order sits on the edge of
 * the grid, where a wider grid might give a smaller epsilon.
 *
 * <p>Stateless and thread-safe; deterministic.
 */
public final class RdpAccountant implements PrivacyAccountant {
    private final RdpOptions options;

    public RdpAccountant(RdpOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The accountant with default options. */
    public RdpAccountant() {
        this(new RdpOptions());
    }

    public RdpOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "rdp";
    }

    @Override
    public PrivacyGuarantee epsilon(PrivacyLedger ledger, double delta) {
        PrivacyAccountant.checkDelta(delta);
        if (ledger.isEmpty()) {
            return PrivacyGuarantee.nothingReleased(delta, name());
        }
        double[] orders = options.orders().orders();
        double[] rdp = RdpAnalysis.curve(ledger, orders);
        RdpConversion conversion = options.conversion();
        int best = -1;
        double bestEps = Double.POSITIVE_INFINITY;
        for (int i = 0; i < orders.length; i++) {
            double eps = RdpConversion.zeroEpsilonSuffices(rdp[i], delta)
                    ? 0.0 : conversion.epsilon(rdp[i], orders[i], delta);
            if (eps < bestEps || best < 0) {
                bestEps = eps;
                best = i;
            }
        }
        List<String> warnings = new ArrayList<>();
        if (bestEps > 0 && orders.length > 1 && (best == 0 || best == orders.length - 1)) {
            warnings.add(String.format(Locale.ROOT,
                    "the optimal order %s is on the edge of the order grid %s; a wider grid may give a smaller epsilon",
                    orders[best], options.orders().describe()));
        }
        return new PrivacyGuarantee(bestEps, delta, name(), conversion.description(), orders[best],
                options.orders().describe(), SamplingAssumption.of(ledger), null, warnings);
    }
}
