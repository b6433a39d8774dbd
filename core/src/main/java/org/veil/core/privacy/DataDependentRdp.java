package org.veil.core.privacy;

import java.util.Arrays;
import java.util.Objects;

/**
 * A release whose Renyi-DP was bounded by a data-dependent analysis, recorded as the bound itself:
 * at each listed order, the RDP of the whole release on <em>this</em> private data set and its
 * neighbours (for PATE, Papernot et al. 2018, section 3 and Theorem 6, summed over the queries).
 *
 * <p>The curve depends on the private data, so publishing it (or an epsilon derived from it) leaks;
 * Veil publishes it only in records whose notes say so, or after sanitising it with
 * {@link SmoothSensitivityRelease}. At an order that is not listed the bound of the next larger
 * listed order is used, which is valid because Renyi divergence is non-decreasing in the order (van
 * Erven and Harremoes 2014, "Renyi divergence and Kullback-Leibler divergence", Theorem 3); above
 * the largest listed order nothing is known ({@code Infinity}).
 *
 * @param analysis what produced the curve, e.g. "PATE Confident-GNMax, data-dependent, expected cost, 640 queries"
 * @param orders   the orders, strictly increasing, each &gt; 1 and finite
 * @param rdp      the RDP bound at each order; &gt;= 0 ({@code Infinity} allowed)
 */
public record DataDependentRdp(String analysis, double[] orders, double[] rdp) implements Mechanism {

    public DataDependentRdp {
        Objects.requireNonNull(analysis, "analysis");
        orders = Objects.requireNonNull(orders, "orders").clone();
        rdp = Objects.requireNonNull(rdp, "rdp").clone();
        if (orders.length == 0 || orders.length != rdp.length) {
            throw new IllegalArgumentException("orders has " + orders.length + " values and rdp " + rdp.length
                    + ", allowed: the same number, at least 1");
        }
        for (int i = 0; i < orders.length; i++) {
            if (!(orders[i] > 1) || Double.isInfinite(orders[i]) || (i > 0 && !(orders[i] > orders[i - 1]))) {
                throw new IllegalArgumentException("orders[" + i + "]=" + orders[i]
                        + ", allowed: > 1, finite and strictly increasing");
            }
            if (!(rdp[i] >= 0)) {
                throw new IllegalArgumentException("rdp[" + i + "]=" + rdp[i] + ", allowed: >= 0");
            }
        }
    }

    /** The recorded bound at the smallest listed order &gt;= {@code order}; {@code Infinity} above them all. */
    public double rdpAt(double order) {
        int i = Arrays.binarySearch(orders, order);
        int at = i >= 0 ? i : -i - 1; // insertion point: the first listed order above
        return at < orders.length ? rdp[at] : Double.POSITIVE_INFINITY;
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
    public String describe() {
        return "data-dependent RDP bound (" + analysis + ", " + orders.length + " orders)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataDependentRdp d && analysis.equals(d.analysis) && Arrays.equals(orders, d.orders)
                && Arrays.equals(rdp, d.rdp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(analysis, Arrays.hashCode(orders), Arrays.hashCode(rdp));
    }

    @Override
    public String toString() {
        return "DataDependentRdp[" + analysis + ", orders=" + Arrays.toString(orders) + ", rdp="
                + Arrays.toString(rdp) + "]";
    }
}
