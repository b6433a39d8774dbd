package org.veil.federated.secagg;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Runs one whole secure-aggregation round in process: n {@link SecAggClient}s and a {@link SecAggServer},
 * every message serialised with {@code toBytes()} and parsed with {@code fromBytes()} as a transport would,
 * with clients falling silent as a {@link DropoutSchedule} says. For tests, benchmarks and simulations.
 *
 * <p>Stateless; all secrets come from the {@link SecureRandom} passed to {@link #run}. Thread-safe.
 */
public final class LocalSecAggRound {

    private LocalSecAggRound() {
    }

    /**
     * @param inputs    encoded inputs x_u, one per client (n × d)
     * @param graphSeed public seed of the {@link NeighbourGraph}
     * @throws IllegalStateException if the round fails (too many dropouts)
     */
    public static Result run(SecAggConfig config, long graphSeed, int[][] inputs, DropoutSchedule dropouts,
                             SecureRandom random) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(dropouts, "dropouts");
        if (inputs.length != config.numClients()) {
            throw new IllegalArgumentException("inputs.length=" + inputs.length + ", allowed: numClients="
                    + config.numClients());
        }
        NeighbourGraph graph = NeighbourGraph.of(config, graphSeed);
        SecAggServer server = new SecAggServer(config, graph);
        SecAggClient[] clients = new SecAggClient[config.numClients()];
        for (int u = 0; u < clients.length; u++) {
            clients[u] = new SecAggClient(config, graph, u, random);
            if (dropouts.sends(u, 0)) {
                server.receiveKeys(AdvertiseKeys.fromBytes(clients[u].advertiseKeys().toBytes()));
            }
        }
        Map<Integer, NeighbourKeys> keys = server.endAdvertiseStage();
        keys.forEach((u, k) -> {
            if (dropouts.sends(u, 1)) {
                byte[] wire = clients[u].shareKeys(NeighbourKeys.fromBytes(k.toBytes())).toBytes();
                server.receiveShares(ShareCiphertexts.fromBytes(wire));
            }
        });
        long maskNanos = 0;
        int maskers = 0;
        SortedMap<Integer, int[]> serverView = new TreeMap<>();
        for (Map.Entry<Integer, ShareCiphertexts> e : server.endShareStage().entrySet()) {
            int u = e.getKey();
            if (dropouts.sends(u, 2)) {
                ShareCiphertexts inbox = ShareCiphertexts.fromBytes(e.getValue().toBytes());
                long t0 = System.nanoTime();
                MaskedInput y = clients[u].maskedInput(inputs[u], inbox);
                maskNanos += System.nanoTime() - t0;
                maskers++;
                MaskedInput received = MaskedInput.fromBytes(y.toBytes());
                serverView.put(u, received.masked());
                server.receiveMaskedInput(received);
            }
        }
        UnmaskRequest request = UnmaskRequest.fromBytes(server.endMaskedInputStage().toBytes());
        for (int u : request.survivors()) {
            if (dropouts.sends(u, 3)) {
                server.receiveUnmask(UnmaskResponse.fromBytes(clients[u].unmask(request).toBytes()));
            }
        }
        long t0 = System.nanoTime();
        int[] sum = server.unmaskedSum();
        long unmaskNanos = System.nanoTime() - t0;
        return new Result(sum, server.survivors(), server.dropped(), Collections.unmodifiableSortedMap(serverView),
                maskers == 0 ? 0 : maskNanos / maskers, unmaskNanos);
    }

    /**
     * Outcome of a simulated round.
     *
     * @param sum                Σ_{u ∈ U_3} x_u mod 2^32, as the server unmasked it
     * @param survivors          U_3
     * @param dropped            U_2 \ U_3
     * @param serverView         u ↦ y_u, the masked vectors the server received
     * @param meanClientMaskNanos mean time of one client's round 2 (decrypt shares, agree keys, expand masks)
     * @param serverUnmaskNanos  time of the server's reconstruction and unmasking
     */
    public record Result(int[] sum, SortedSet<Integer> survivors, SortedSet<Integer> dropped,
                         SortedMap<Integer, int[]> serverView, long meanClientMaskNanos, long serverUnmaskNanos) {
    }
}
