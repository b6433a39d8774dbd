package org.veil.federated.secagg;

/**
 * Parameters of one secure-aggregation round (Bonawitz et al. 2017, §4; SecAgg+: Bell et al. 2020, §3).
 *
 * <p>Symbols: n = {@code numClients} (cohort size, clients are numbered 0 … n−1), k = {@code neighbourDegree}
 * (each client shares secrets with, and pairwise-masks against, its k neighbours in the {@link NeighbourGraph};
 * k = n − 1 is the original complete-graph protocol), t = {@code threshold} (shares needed to reconstruct a
 * client's b_u or s_u^SK), d = {@code vectorLength}, and the fixed-point encoding x ↦ round(x·scale) mod 2^32
 * with |x| ≤ {@code maxAbsInput}.
 *
 * <p>Why t &gt; k/2: a client's secrets are shared among its k neighbours, and each honest neighbour reveals,
 * for a given v, either its share of b_v (v survived) or of s_v^SK (v dropped), never both. With t &gt; k/2,
 * two disjoint sets of t neighbours cannot exist, so the server can never assemble t shares of both secrets
 * of the same client, which would unmask x_v (Bonawitz et al. 2017, §4, "the threshold t must satisfy
 * t &gt; n/2"; Bell et al. 2020, §3, per-neighbourhood threshold). Up to k − t of a client's neighbours may
 * drop out and its secrets remain reconstructible, so {@link #maxDropouts()} = k − t is the number of
 * dropouts the round tolerates whatever the graph.
 *
 * <p>Why the range check: the server sums n encoded vectors in Z_{2^32} and decodes the result as a signed
 * 32-bit integer, which is exact only if |Σ round(x·scale)| ≤ n·⌈maxAbsInput·scale⌉ &lt; 2^31.
 *
 * @param numClients      n, at least 2
 * @param threshold       t, in ⌊k/2⌋ + 1 … k
 * @param neighbourDegree k, in 1 … n − 1
 * @param vectorLength    d, at least 1
 * @param scale           fixed-point scale, finite and &gt; 0
 * @param maxAbsInput     bound on |x_i| every client must respect, finite and &gt; 0
 */
public record SecAggConfig(int numClients, int threshold, int neighbourDegree, int vectorLength, double scale,
                           double maxAbsInput) {

    private static final double INT_RANGE = 2147483648.0; // 2^31

    public SecAggConfig {
        if (numClients < 2) {
            throw new IllegalArgumentException("numClients=" + numClients + ", allowed: >= 2");
        }
        if (neighbourDegree < 1 || neighbourDegree > numClients - 1) {
            throw new IllegalArgumentException("neighbourDegree=" + neighbourDegree + ", allowed: 1 … "
                    + (numClients - 1) + " (numClients - 1 = complete graph)");
        }
        if (threshold <= neighbourDegree / 2 || threshold > neighbourDegree) {
            throw new IllegalArgumentException("threshold=" + threshold + ", allowed: " + (neighbourDegree / 2 + 1)
                    + " … " + neighbourDegree + " (t > k/2 so that b_v and s_v^SK can never both be revealed; t <= k)");
        }
        if (vectorLength < 1) {
            throw new IllegalArgumentException("vectorLength=" + vectorLength + ", allowed: >= 1");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale=" + scale + ", allowed: finite and > 0");
        }
        if (!(maxAbsInput > 0) || Double.isInfinite(maxAbsInput)) {
            throw new IllegalArgumentException("maxAbsInput=" + maxAbsInput + ", allowed: finite and > 0");
        }
        double bound = numClients * Math.ceil(maxAbsInput * scale); // |Σ_u round(x_u·scale)|, worst case
        if (bound >= INT_RANGE) {
            throw new IllegalArgumentException("maxAbsInput=" + maxAbsInput + " with scale=" + scale + " and numClients="
                    + numClients + ", allowed: numClients * ceil(maxAbsInput * scale) < 2^31, i.e. maxAbsInput*scale <= "
                    + (long) Math.floor((INT_RANGE - 1) / numClients));
        }
    }

    /** The original SecAgg on the complete graph (k = n − 1; Bonawitz et al. 2017, §4). */
    public static SecAggConfig completeGraph(int numClients, int threshold, int vectorLength, double scale,
                                             double maxAbsInput) {
        return new SecAggConfig(numClients, threshold, numClients - 1, vectorLength, scale, maxAbsInput);
    }

    /** Dropouts tolerated in any neighbourhood: k − t (each client keeps ≥ t live share holders). */
    public int maxDropouts() {
        return neighbourDegree - threshold;
    }

    /** Whether this is the complete graph of the original protocol. */
    public boolean isCompleteGraph() {
        return neighbourDegree == numClients - 1;
    }

    /** This configuration with another vector length. */
    public SecAggConfig withVectorLength(int d) {
        return new SecAggConfig(numClients, threshold, neighbourDegree, d, scale, maxAbsInput);
    }
}
