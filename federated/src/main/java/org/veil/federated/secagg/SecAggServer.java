package org.veil.federated.secagg;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The server's side of one secure-aggregation round (Bonawitz et al. 2017, §4, Fig. 4, honest-but-curious
 * server; SecAgg+ neighbourhoods, Bell et al. 2020, §3). For each round r = 0 … 3 the caller feeds the
 * clients' messages to {@code receive…} and then calls {@code end…Stage}, which fixes the set U_{r+1} of
 * clients that answered (the others dropped out) and returns what to send next. Finally
 * {@link #unmaskedSum()} reconstructs the survivors' sum.
 *
 * <p>Input from clients is never trusted: a malformed, duplicate, misaddressed or late message is an
 * {@link IllegalArgumentException} and leaves the server's state unchanged; protocol failure (too many
 * dropouts) is an {@link IllegalStateException}. Between stages, clients left with fewer than t live
 * neighbours are dropped too (their secrets could not be reconstructed). Deterministic, no randomness.
 * Not thread-safe: callers serialise {@code receive…} calls.
 */
public final class SecAggServer {

    private enum Stage { ADVERTISE, SHARE, MASKED_INPUT, UNMASK, DONE }

    private final SecAggConfig config;
    private final NeighbourGraph graph;
    private Stage stage = Stage.ADVERTISE;
    private final SortedMap<Integer, AdvertiseKeys> adverts = new TreeMap<>();
    private final Set<String> seenKeys = new HashSet<>();
    private final SortedMap<Integer, ShareCiphertexts> uploads = new TreeMap<>();
    private final SortedMap<Integer, int[]> masked = new TreeMap<>();
    private final SortedMap<Integer, UnmaskResponse> responses = new TreeMap<>();
    private SortedSet<Integer> u1 = Collections.emptySortedSet();
    private SortedSet<Integer> u2 = Collections.emptySortedSet();
    private SortedSet<Integer> u3 = Collections.emptySortedSet();
    private int[] sum;

    public SecAggServer(SecAggConfig config, NeighbourGraph graph) {
        this.config = Objects.requireNonNull(config, "config");
        this.graph = Objects.requireNonNull(graph, "graph");
        if (graph.numClients() != config.numClients()) {
            throw new IllegalArgumentException("graph has " + graph.numClients() + " clients, allowed: numClients="
                    + config.numClients());
        }
    }

    /** Round 0 input: a client's public keys. Public keys must be distinct across the cohort (Fig. 4). */
    public void receiveKeys(AdvertiseKeys m) {
        int u = sender(Stage.ADVERTISE, m == null ? -1 : m.clientId(), null, adverts.keySet());
        String c = Arrays.toString(m.encryptionKey());
        String s = Arrays.toString(m.maskingKey());
        reject(c.equals(s) || seenKeys.contains(c) || seenKeys.contains(s), "client " + u + " repeats a public key");
        seenKeys.add(c);
        seenKeys.add(s);
        adverts.put(u, m);
    }

    /** Ends round 0: U_1 = advertisers with ≥ t advertising neighbours; returns each one's neighbour keys. */
    public Map<Integer, NeighbourKeys> endAdvertiseStage() {
        stage = next(Stage.ADVERTISE);
        u1 = pruned(adverts.keySet());
        requireSomeone(u1, "advertised keys");
        Map<Integer, NeighbourKeys> out = new TreeMap<>();
        for (int u : u1) {
            SortedMap<Integer, AdvertiseKeys> keys = new TreeMap<>();
            live(u, u1).forEach(v -> keys.put(v, adverts.get(v)));
            out.put(u, new NeighbourKeys(u, keys));
        }
        return out;
    }

    /** Round 1 input: u's ciphertexts, exactly one for each neighbour in U_1. */
    public void receiveShares(ShareCiphertexts m) {
        int u = sender(Stage.SHARE, m == null ? -1 : m.clientId(), u1, uploads.keySet());
        reject(!m.ciphertexts().keySet().equals(live(u, u1)), "client " + u + " must send one ciphertext to each of "
                + live(u, u1) + ", sent " + m.ciphertexts().keySet());
        uploads.put(u, m);
    }

    /** Ends round 1: U_2 = uploaders keeping ≥ t uploading neighbours; routes e_{u,v} to each v ∈ U_2. */
    public Map<Integer, ShareCiphertexts> endShareStage() {
        stage = next(Stage.SHARE);
        u2 = pruned(uploads.keySet());
        requireSomeone(u2, "shared keys");
        Map<Integer, ShareCiphertexts> out = new TreeMap<>();
        for (int v : u2) {
            SortedMap<Integer, byte[]> inbox = new TreeMap<>();
            live(v, u2).forEach(u -> inbox.put(u, uploads.get(u).ciphertexts().get(v)));
            out.put(v, new ShareCiphertexts(v, inbox));
        }
        return out;
    }

    /** Round 2 input: y_u, of length d, from a client in U_2. */
    public void receiveMaskedInput(MaskedInput m) {
        int u = sender(Stage.MASKED_INPUT, m == null ? -1 : m.clientId(), u2, masked.keySet());
        reject(m.masked().length != config.vectorLength(), "client " + u + " sent " + m.masked().length
                + " words, allowed: vectorLength=" + config.vectorLength());
        masked.put(u, m.masked());
    }

    /**
     * Ends round 2: U_3 = senders of masked inputs. Fails before anyone reveals a share if some client whose
     * secret is needed has fewer than t neighbours in U_3.
     *
     * @return the request to broadcast to U_3 (survivors U_3, dropped U_2 \ U_3)
     * @throws IllegalStateException if too many clients dropped
     */
    public UnmaskRequest endMaskedInputStage() {
        stage = next(Stage.MASKED_INPUT);
        u3 = Collections.unmodifiableSortedSet(new TreeSet<>(masked.keySet()));
        if (u3.isEmpty()) {
            throw new IllegalStateException("no client sent a masked input; nothing to aggregate");
        }
        for (int v : u2) {
            int holders = live(v, u3).size();
            boolean needed = u3.contains(v) || holders > 0;
            if (needed && holders < config.threshold()) {
                throw new IllegalStateException("too many dropouts: client " + v + " has " + holders
                        + " neighbours left in U_3, need threshold=" + config.threshold() + " to unmask");
            }
        }
        return new UnmaskRequest(u3, dropped());
    }

    /** Round 3 input: w's shares, b_v for its neighbours in U_3 and s_v^SK for those in U_2 \ U_3. */
    public void receiveUnmask(UnmaskResponse m) {
        int w = sender(Stage.UNMASK, m == null ? -1 : m.clientId(), u3, responses.keySet());
        reject(!m.selfMaskShares().keySet().equals(live(w, u3)) || !m.keyShares().keySet().equals(live(w, dropped())),
                "client " + w + " must send b shares for " + live(w, u3) + " and s^SK shares for " + live(w, dropped()));
        responses.put(w, m);
    }

    /**
     * Ends round 3 and returns Σ_{u ∈ U_3} x_u mod 2^32 (Fig. 4, Unmasking). Idempotent once computed.
     *
     * @throws IllegalStateException if some neighbourhood returned fewer than t shares, or shares are inconsistent
     */
    public int[] unmaskedSum() {
        if (sum == null) {
            if (stage != Stage.UNMASK) {
                throw new IllegalStateException("unmaskedSum needs stage UNMASK, server is at " + stage);
            }
            sum = ServerUnmasking.sum(config, graph, adverts, u3, dropped(), masked, responses);
            stage = Stage.DONE;
        }
        return sum.clone();
    }

    /** {@link #unmaskedSum()} decoded to floating point ({@link FixedPointEncoder#decode}). */
    public double[] decodedSum() {
        return FixedPointEncoder.of(config).decode(unmaskedSum());
    }

    /** U_3: the clients whose inputs are in the sum (known after {@link #endMaskedInputStage()}). */
    public SortedSet<Integer> survivors() {
        return u3;
    }

    /** U_2 \ U_3: clients that shared keys but sent no masked input. */
    public SortedSet<Integer> dropped() {
        SortedSet<Integer> d = new TreeSet<>(u2);
        d.removeAll(u3);
        return Collections.unmodifiableSortedSet(d);
    }

    /** Removes, until none is left, clients with fewer than t neighbours in the set (they cannot be unmasked). */
    private SortedSet<Integer> pruned(Set<Integer> alive) {
        SortedSet<Integer> set = new TreeSet<>(alive);
        boolean changed = true;
        while (changed) {
            changed = set.removeIf(u -> live(u, set).size() < config.threshold());
        }
        return Collections.unmodifiableSortedSet(set);
    }

    /** N(u) ∩ set. */
    private SortedSet<Integer> live(int u, Set<Integer> set) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int v : graph.neighbours(u)) {
            if (set.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private int sender(Stage expected, int u, Set<Integer> allowed, Set<Integer> already) {
        reject(u < 0, "message is null");
        reject(stage != expected, "message for stage " + expected + " arrived at stage " + stage);
        reject(u >= config.numClients(), "clientId=" + u + ", allowed: 0 … " + (config.numClients() - 1));
        reject(allowed != null && !allowed.contains(u), "client " + u + " did not complete the previous stage");
        reject(already.contains(u), "duplicate message from client " + u);
        return u;
    }

    private void requireSomeone(Set<Integer> set, String what) {
        if (set.isEmpty()) {
            throw new IllegalStateException("too many dropouts: no client that " + what + " has threshold="
                    + config.threshold() + " live neighbours");
        }
    }

    private static void reject(boolean bad, String message) {
        if (bad) {
            throw new IllegalArgumentException(message);
        }
    }

    private Stage next(Stage expected) {
        if (stage != expected) {
            throw new IllegalStateException("stage " + expected + " cannot end: server is at " + stage);
        }
        return Stage.values()[stage.ordinal() + 1];
    }
}
