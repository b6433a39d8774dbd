package org.veil.cli.accountant;

import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.core.privacy.pld.PldAccountant;
import org.veil.core.privacy.rdp.OrderGrid;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.privacy.rdp.RdpOptions;

/** The accountants {@code --accountant} can name. */
public enum AccountantChoice {
    /** Renyi DP (Mironov et al.), with the order grid and conversion given. */
    RDP,
    /** Privacy loss distribution with FFT composition: tighter, with a stated error. */
    PLD;

    /** Builds the accountant; {@code orders} may be null for the default grid. */
    PrivacyAccountant create(String orders, RdpConversion conversion) {
        if (this == PLD) {
            if (orders != null) {
                throw new IllegalArgumentException("--orders applies only to --accountant rdp");
            }
            return new PldAccountant();
        }
        RdpOptions options = new RdpOptions().withConversion(conversion);
        if (orders != null) {
            options = options.withOrders(OrderGrid.parse(orders));
        }
        return new RdpAccountant(options);
    }
}
