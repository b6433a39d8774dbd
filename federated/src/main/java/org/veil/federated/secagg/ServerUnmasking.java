package org.veil.federated.secagg;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The server's final step (Bonawitz et al. 2017, Fig. 4, Unmasking, server side): reconstruct b_v for every
 * survivor v ∈ U_3 and s_v^SK for every dropped v ∈ U_2 \ U_3 from the shares of v's neighbours (SecAgg+,
 * Bell et al. 2020, §3), then z = Σ_{u ∈ U_3} y_u − Σ_{u ∈ U_3} PRG(b_u) − Σ_{v dropped} Σ_{u ∈ N(v) ∩ U_3}
 * sign(u, v)·PRG(s_uv) (mod 2^32). Any neighbourhood short of t shares, or shares that do not reconstruct
 * consistently, is an {@link IllegalStateException}: the server never returns a sum it could not unmask.
 *
 * <p>Stateless and thread-safe; deterministic.
 */
final class ServerUnmasking {

    private ServerUnmasking() {
    }

    /** The unmasked sum of the survivors' encoded inputs. */
    static int[] sum(SecAggConfig config, NeighbourGraph graph, Map<Integer, AdvertiseKeys> adverts,
                     SortedSet<Integer> survivors, SortedSet<Integer> dropped, Map<Integer, int[]> masked,
                     Map<Integer, UnmaskResponse> responses) {
        for (int v : survivors) {
            sharesOf(config, graph, v, responses, r -> r.selfMaskShares()); // check every count before any work
        }
        for (int v : dropped) {
            if (hasSurvivingNeighbour(graph, v, survivors)) {
                sharesOf(config, graph, v, responses, r -> r.keyShares());
            }
        }
        int[] z = new int[config.vectorLength()];
        for (int u : survivors) {
            int[] y = masked.get(u);
            for (int i = 0; i < z.length; i++) {
                z[i] += y[i]; // Σ_{u ∈ U_3} y_u
            }
        }
        for (int v : survivors) {
            byte[] b = reconstruct(config, v, sharesOf(config, graph, v, responses, r -> r.selfMaskShares()), "b");
            MaskPrg.accumulate(z, b, -1); // − PRG(b_v) (Fig. 4, Unmasking)
        }
        for (int v : dropped) {
            if (!hasSurvivingNeighbour(graph, v, survivors)) {
                continue;
            }
            byte[] sk = reconstruct(config, v, sharesOf(config, graph, v, responses, r -> r.keyShares()), "s^SK");
            if (!Arrays.equals(X25519.publicKeyOf(sk), adverts.get(v).maskingKey())) {
                throw new IllegalStateException("reconstructed s^SK of client " + v + " does not match its s^PK: "
                        + "some neighbour sent a wrong share");
            }
            for (int u : graph.neighbours(v)) {
                if (survivors.contains(u)) {
                    byte[] seed = PairwiseMasks.seed(sk, adverts.get(u).maskingKey(), v, u); // s_vu = s_uv
                    PairwiseMasks.remove(z, u, v, seed); // − what surviving u added for dropped v
                }
            }
        }
        return z;
    }

    private static boolean hasSurvivingNeighbour(NeighbourGraph graph, int v, SortedSet<Integer> survivors) {
        return Arrays.stream(graph.neighbours(v)).anyMatch(survivors::contains);
    }

    /** x = w + 1 ↦ w's share of v's secret, over the neighbours w of v that answered round 3. */
    private static Map<Integer, BigInteger> sharesOf(SecAggConfig config, NeighbourGraph graph, int v,
                                                     Map<Integer, UnmaskResponse> responses,
                                                     Function<UnmaskResponse, Map<Integer, BigInteger>> which) {
        Map<Integer, BigInteger> shares = new TreeMap<>();
        for (int w : graph.neighbours(v)) {
            UnmaskResponse r = responses.get(w);
            BigInteger y = r == null ? null : which.apply(r).get(v);
            if (y != null) {
                shares.put(w + 1, y);
            }
        }
        if (shares.size() < config.threshold()) {
            throw new IllegalStateException("too many dropouts: " + shares.size() + " of client " + v + "'s "
                    + graph.degree(v) + " neighbours returned shares, need threshold=" + config.threshold()
                    + " (tolerated dropouts per neighbourhood: " + config.maxDropouts() + ")");
        }
        return shares;
    }

    /**
     * Reconstructs from t + 1 shares when there are that many: the redundant one exposes any single wrong
     * share among the t used (see {@link ShamirSharing}) at O(t) extra cost; checking all m would cost O(t·m).
     */
    private static byte[] reconstruct(SecAggConfig config, int v, Map<Integer, BigInteger> shares, String what) {
        Map<Integer, BigInteger> used = new TreeMap<>();
        for (Map.Entry<Integer, BigInteger> e : shares.entrySet()) {
            if (used.size() <= config.threshold()) {
                used.put(e.getKey(), e.getValue());
            }
        }
        try {
            return ShamirSharing.reconstruct(used, config.threshold());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("shares of " + what + " for client " + v + " are inconsistent: "
                    + e.getMessage(), e);
        }
    }
}
