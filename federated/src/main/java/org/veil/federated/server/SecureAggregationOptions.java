package org.veil.federated.server;

/**
 * Secure aggregation settings (Bonawitz et al. 2017 with the SecAgg+ graph of Bell et al. 2020;
 * docs/federated-secagg.md). Clients clip their own updates (the server cannot see them): to the DP
 * clip with DP, else to {@code clip}. The neighbour degree k = min(n − 1, max(4, 2⌈log₂ n⌉)) and the
 * threshold t = ⌊k/2⌋ + 1 follow from the cohort size n.
 *
 * @param clip L2 bound of each update without DP, finite and &gt; 0
 */
public record SecureAggregationOptions(double clip) {

    public SecureAggregationOptions {
        if (!(clip > 0) || Double.isInfinite(clip)) {
            throw new IllegalArgumentException("secure-aggregation clip=" + clip + ", allowed: finite and > 0");
        }
    }

    /** Clip 1. */
    public SecureAggregationOptions() {
        this(1.0);
    }
}
