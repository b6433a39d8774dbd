package org.veil.pate.analysis;

import java.util.Objects;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.core.privacy.rdp.OrderGrid;

/**
 * Options of {@link PateAnalysis}.
 *
 * @param analysis   data-dependent (Theorem 6 on the votes) or data-independent bounds (default data-dependent)
 * @param cost       expected or realised cost of the confident aggregators' answers (default expected)
 * @param orders     the Renyi orders searched (default {@link OrderGrid#standard()})
 * @param conversion RDP-to-(epsilon, delta) conversion (default {@link RdpConversion#IMPROVED}; the authors'
 *                   scripts use {@link RdpConversion#CLASSIC})
 * @param delta      the target delta, in (0, 1) (default 1e-5)
 */
public record PateAnalysisOptions(AnalysisKind analysis, CostKind cost, OrderGrid orders, RdpConversion conversion,
        double delta) {

    public PateAnalysisOptions {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(conversion, "conversion");
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: (0, 1)");
        }
    }

    /** Data-dependent, expected cost, the standard order grid, the improved conversion, delta = 1e-5. */
    public PateAnalysisOptions() {
        this(AnalysisKind.DATA_DEPENDENT, CostKind.EXPECTED, OrderGrid.standard(), RdpConversion.IMPROVED, 1e-5);
    }

    public PateAnalysisOptions withAnalysis(AnalysisKind newAnalysis) {
        return new PateAnalysisOptions(newAnalysis, cost, orders, conversion, delta);
    }

    public PateAnalysisOptions withCost(CostKind newCost) {
        return new PateAnalysisOptions(analysis, newCost, orders, conversion, delta);
    }

    public PateAnalysisOptions withOrders(OrderGrid newOrders) {
        return new PateAnalysisOptions(analysis, cost, newOrders, conversion, delta);
    }

    public PateAnalysisOptions withConversion(RdpConversion newConversion) {
        return new PateAnalysisOptions(analysis, cost, orders, newConversion, delta);
    }

    public PateAnalysisOptions withDelta(double newDelta) {
        return new PateAnalysisOptions(analysis, cost, orders, conversion, newDelta);
    }
}
