package org.veil.pate.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.veil.core.privacy.DataDependentRdp;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;

/**
 * The privacy cost of a PATE run as computed by {@link PateAnalysis}. Immutable: arrays and the
 * ledger are copied in and out. Thread-safe.
 *
 * @param epsilon                 the epsilon at {@code delta} (minimum over the order grid)
 * @param delta                   the target delta
 * @param order                   the order that gave {@code epsilon}
 * @param queries                 how many queries were analysed
 * @param answered                GNMax answers: expected (sum of Pr[answered]) for {@link CostKind#EXPECTED},
 *                                realised for {@link CostKind#REALISED}; {@code queries} for GNMax and LNMax
 * @param analysis                data-dependent or data-independent
 * @param cost                    expected or realised
 * @param orders                  the order grid
 * @param rdp                     the whole run's RDP at each order
 * @param thresholdRdp            the part of {@code rdp} spent on threshold checks (zeros without a check)
 * @param dataIndependentEpsilon  the epsilon of the data-independent analysis of the same run and cost kind
 * @param guarantee               the epsilon with its provenance and warnings
 * @param ledger                  what ran, such that the RDP accountant over the same orders and conversion
 *                                reproduces {@code epsilon}
 */
public record PateCost(double epsilon, double delta, double order, int queries, double answered,
        AnalysisKind analysis, CostKind cost, double[] orders, double[] rdp, double[] thresholdRdp,
        double dataIndependentEpsilon, PrivacyGuarantee guarantee, PrivacyLedger ledger) {

    public PateCost {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(guarantee, "guarantee");
        orders = orders.clone();
        rdp = rdp.clone();
        thresholdRdp = thresholdRdp.clone();
        ledger = ledger.copy();
    }

    /** Whether the epsilon depends on the private votes (and so may be published only after sanitising). */
    public boolean dependsOnData() {
        return ledger.entries().stream().anyMatch(e -> e.mechanism() instanceof DataDependentRdp);
    }

    /** The whole run's RDP at {@code order} of the grid. */
    public double rdpAt(double order) {
        int i = Arrays.binarySearch(orders, order);
        if (i < 0) {
            throw new IllegalArgumentException("order=" + order + ", allowed: one of the analysis's orders");
        }
        return rdp[i];
    }

    @Override
    public double[] orders() {
        return orders.clone();
    }

    @Override
    public double[] rdp() {
        return rdp.clone();
    }

    @Override
    public double[] thresholdRdp() {
        return thresholdRdp.clone();
    }

    @Override
    public PrivacyLedger ledger() {
        return ledger.copy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PateCost c && Double.compare(epsilon, c.epsilon) == 0 && Double.compare(delta, c.delta) == 0
                && Double.compare(order, c.order) == 0 && queries == c.queries
                && Double.compare(answered, c.answered) == 0 && analysis == c.analysis && cost == c.cost
                && Arrays.equals(orders, c.orders) && Arrays.equals(rdp, c.rdp)
                && Arrays.equals(thresholdRdp, c.thresholdRdp)
                && Double.compare(dataIndependentEpsilon, c.dataIndependentEpsilon) == 0
                && guarantee.equals(c.guarantee) && ledger.equals(c.ledger);
    }

    @Override
    public int hashCode() {
        return Objects.hash(epsilon, delta, order, queries, answered, analysis, cost, Arrays.hashCode(rdp), guarantee);
    }

    @Override
    public String toString() {
        return "PateCost[" + guarantee.describe() + ", queries=" + queries + ", answered=" + answered + ", "
                + analysis + ", " + cost + ", data-independent epsilon=" + dataIndependentEpsilon + "]";
    }
}
