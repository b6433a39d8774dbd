package org.veil.core.privacy.rdp;

import java.util.Objects;
import org.veil.core.privacy.analysis.RdpConversion;

/**
 * Options of the {@link RdpAccountant}.
 *
 * @param orders     the Renyi orders searched (default {@link OrderGrid#standard()})
 * @param conversion RDP-to-(epsilon, delta) conversion (default {@link RdpConversion#IMPROVED})
 */
public record RdpOptions(OrderGrid orders, RdpConversion conversion) {

    public RdpOptions {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(conversion, "conversion");
    }

    /** The defaults: the standard order grid and the improved conversion. */
    public RdpOptions() {
        this(OrderGrid.standard(), RdpConversion.IMPROVED);
    }

    public RdpOptions withOrders(OrderGrid newOrders) {
        return new RdpOptions(newOrders, conversion);
    }

    public RdpOptions withConversion(RdpConversion newConversion) {
        return new RdpOptions(orders, newConversion);
    }
}
