package org.veil.federated.secagg;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * One client's side of one secure-aggregation round (Bonawitz et al. 2017, §4, Fig. 4, honest-but-curious
 * variant; neighbourhoods from SecAgg+, Bell et al. 2020, §3). Stages must be called in order, once each:
 * {@link #advertiseKeys()} (round 0), {@link #shareKeys} (round 1), {@link #maskedInput} (round 2),
 * {@link #unmask} (round 3). A failed check aborts the client for the round (later calls throw).
 *
 * <p>Randomness: key pairs, the self-mask seed b_u, Shamir coefficients and GCM nonces all come from the
 * {@link SecureRandom} passed in. Not thread-safe (a state machine; one instance per client per round).
 */
public final class SecAggClient {

    private enum Stage { NEW, ADVERTISED, SHARED, MASKED, DONE, ABORTED }

    private final SecAggConfig config;
    private final NeighbourGraph graph;
    private final int id;
    private final SecureRandom random;
    private Stage stage = Stage.NEW;
    private X25519.RawKeyPair encryptionKeys;
    private X25519.RawKeyPair maskingKeys;
    private final Map<Integer, AdvertiseKeys> neighbourKeys = new TreeMap<>();
    private final Map<Integer, ShareCipher.SharePair> heldShares = new TreeMap<>();
    private final Map<Integer, byte[]> channelKeys = new TreeMap<>();
    private byte[] selfMaskSeed;

    /**
     * @param clientId u, in 0 … n − 1
     * @param random   source of all secrets (a seeded DRBG only in tests)
     */
    public SecAggClient(SecAggConfig config, NeighbourGraph graph, int clientId, SecureRandom random) {
        this.config = Objects.requireNonNull(config, "config");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.random = Objects.requireNonNull(random, "random");
        if (graph.numClients() != config.numClients()) {
            throw new IllegalArgumentException("graph has " + graph.numClients() + " clients, allowed: numClients="
                    + config.numClients());
        }
        graph.degree(clientId); // validates the id
        this.id = clientId;
    }

    /** Round 0 (Fig. 4, AdvertiseKeys): fresh (c_u^PK, c_u^SK) and (s_u^PK, s_u^SK); sends the public halves. */
    public AdvertiseKeys advertiseKeys() {
        advance(Stage.NEW, Stage.ADVERTISED);
        encryptionKeys = X25519.generate(random);
        maskingKeys = X25519.generate(random);
        return new AdvertiseKeys(id, encryptionKeys.publicKey(), maskingKeys.publicKey());
    }

    /**
     * Round 1 (Fig. 4, ShareKeys): draws b_u, shares b_u and s_u^SK t-out-of-|holders| among the neighbours
     * that advertised (SecAgg+: neighbours only), and encrypts each holder's pair of shares to it.
     *
     * @throws IllegalArgumentException if {@code keys} is for another client, names a non-neighbour, or
     *                                  repeats a public key
     * @throws IllegalStateException    if fewer than t neighbours advertised (Fig. 4: "if |U_1| &lt; t, abort")
     */
    public ShareCiphertexts shareKeys(NeighbourKeys keys) {
        advance(Stage.ADVERTISED, Stage.SHARED);
        Objects.requireNonNull(keys, "keys");
        abortUnless(keys.clientId() == id, "NeighbourKeys addressed to " + keys.clientId() + ", not " + id);
        Set<String> seen = new HashSet<>();
        seen.add(Arrays.toString(encryptionKeys.publicKey()));
        seen.add(Arrays.toString(maskingKeys.publicKey()));
        for (AdvertiseKeys a : keys.keys().values()) {
            abortUnless(graph.areNeighbours(id, a.clientId()), "client " + a.clientId() + " is not a neighbour of " + id);
            abortUnless(seen.add(Arrays.toString(a.encryptionKey())) && seen.add(Arrays.toString(a.maskingKey())),
                    "client " + a.clientId() + " advertised a repeated public key"); // Fig. 4: keys pairwise distinct
            neighbourKeys.put(a.clientId(), a);
        }
        requireThreshold(neighbourKeys.size(), "neighbours advertised keys");
        int[] holders = neighbourKeys.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] xs = Arrays.stream(holders).map(v -> v + 1).toArray(); // holder v evaluates at x = v + 1
        byte[] selfMaskSeed = new byte[MaskPrg.SEED_BYTES];
        random.nextBytes(selfMaskSeed); // b_u ← F (Fig. 4, round 1)
        this.selfMaskSeed = selfMaskSeed;
        SortedMap<Integer, BigInteger> bShares = ShamirSharing.share(selfMaskSeed, config.threshold(), xs, random);
        SortedMap<Integer, BigInteger> skShares =
                ShamirSharing.share(maskingKeys.privateKey(), config.threshold(), xs, random);
        SortedMap<Integer, byte[]> out = new TreeMap<>();
        for (int v : holders) {
            byte[] key = ShareCipher.key(X25519.agree(encryptionKeys.privateKey(), neighbourKeys.get(v).encryptionKey()), id, v);
            channelKeys.put(v, key); // c_uv serves both directions; reused in round 2
            ShareCipher.SharePair pair = new ShareCipher.SharePair(bShares.get(v + 1), skShares.get(v + 1));
            out.put(v, ShareCipher.encrypt(key, id, v, pair, random));
        }
        return new ShareCiphertexts(id, out);
    }

    /** Round 2 with deterministic fixed-point encoding of {@code x} ({@link FixedPointEncoder}). */
    public MaskedInput maskedInput(float[] x, ShareCiphertexts received) {
        return maskedInput(FixedPointEncoder.of(config).encode(x), received);
    }

    /** Round 2 with unbiased stochastic rounding of {@code x}, drawing from {@code rounding}. */
    public MaskedInput maskedInput(float[] x, RandomGenerator rounding, ShareCiphertexts received) {
        return maskedInput(FixedPointEncoder.of(config).encode(x, rounding), received);
    }

    /**
     * Round 2 (Fig. 4, MaskedInputCollection): decrypts and keeps the shares routed to u, then returns
     * y_u = x_u + PRG(b_u) + Σ_{v ∈ N(u) ∩ U_2, v &gt; u} PRG(s_uv) − Σ_{v ∈ N(u) ∩ U_2, v &lt; u} PRG(s_uv) mod 2^32.
     *
     * @param encoded  x_u, already in fixed point, each |x_i| ≤ ⌈maxAbsInput·scale⌉
     * @param received e_{v,u} from the neighbours in U_2 (their senders define U_2 ∩ N(u))
     */
    public MaskedInput maskedInput(int[] encoded, ShareCiphertexts received) {
        checkEncoded(encoded); // before advancing: a bad input leaves the client usable
        advance(Stage.SHARED, Stage.MASKED);
        Objects.requireNonNull(received, "received");
        abortUnless(received.clientId() == id, "ciphertexts addressed to " + received.clientId() + ", not " + id);
        requireThreshold(received.ciphertexts().size(), "neighbours sent shares"); // Fig. 4: |U_2| ≥ t
        for (Map.Entry<Integer, byte[]> e : received.ciphertexts().entrySet()) {
            int v = e.getKey();
            abortUnless(neighbourKeys.containsKey(v), "ciphertext from " + v + ", who is not a neighbour that advertised");
            try {
                heldShares.put(v, ShareCipher.decrypt(channelKeys.get(v), v, id, e.getValue()));
            } catch (IllegalArgumentException ex) {
                stage = Stage.ABORTED;
                throw ex;
            }
        }
        int[] y = encoded.clone();
        MaskPrg.accumulate(y, selfMaskSeed, 1); // + PRG(b_u)
        for (int v : heldShares.keySet()) {
            PairwiseMasks.add(y, id, v, PairwiseMasks.seed(maskingKeys.privateKey(), neighbourKeys.get(v).maskingKey(), id, v));
        }
        return new MaskedInput(id, y);
    }

    /**
     * Round 3 (Fig. 4, Unmasking): for each neighbour v it holds shares of, reveals the share of b_v if v is
     * in {@code survivors}, of s_v^SK if v is in {@code dropped}.
     *
     * @throws IllegalArgumentException (and aborts) if some v is in both sets — revealing both would expose x_v
     *                                  — or if u itself is not listed as a survivor
     */
    public UnmaskResponse unmask(UnmaskRequest request) {
        advance(Stage.MASKED, Stage.DONE);
        Objects.requireNonNull(request, "request");
        for (int v : request.dropped()) {
            if (request.survivors().contains(v)) {
                stage = Stage.ABORTED;
                throw new IllegalArgumentException("refusing to reveal both b_v and s_v^SK for client " + v
                        + " (it is listed as survivor and as dropped)");
            }
        }
        abortUnless(request.survivors().contains(id), "client " + id + " is not in the survivor set");
        requireThreshold(request.survivors().size(), "clients survived"); // Fig. 4: |U_3| ≥ t
        SortedMap<Integer, BigInteger> b = new TreeMap<>();
        SortedMap<Integer, BigInteger> sk = new TreeMap<>();
        heldShares.forEach((v, pair) -> {
            if (request.survivors().contains(v)) {
                b.put(v, pair.selfMaskShare());
            } else if (request.dropped().contains(v)) {
                sk.put(v, pair.keyShare());
            }
        });
        selfMaskSeed = null;
        channelKeys.clear();
        return new UnmaskResponse(id, b, sk);
    }

    /** This client's id u. */
    public int clientId() {
        return id;
    }

    private void checkEncoded(int[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length != config.vectorLength()) {
            throw new IllegalArgumentException("encoded.length=" + encoded.length + ", allowed: vectorLength="
                    + config.vectorLength());
        }
        long bound = (long) Math.ceil(config.maxAbsInput() * config.scale());
        for (int i = 0; i < encoded.length; i++) {
            if (Math.abs((long) encoded[i]) > bound) {
                throw new IllegalArgumentException("encoded[" + i + "]=" + encoded[i] + ", allowed: |x| <= " + bound
                        + " = ceil(maxAbsInput * scale)");
            }
        }
    }

    private void requireThreshold(int count, String what) {
        if (count < config.threshold()) {
            stage = Stage.ABORTED;
            throw new IllegalStateException("client " + id + ": only " + count + " " + what + ", need threshold="
                    + config.threshold() + "; aborting the round");
        }
    }

    private void abortUnless(boolean ok, String message) {
        if (!ok) {
            stage = Stage.ABORTED;
            throw new IllegalArgumentException(message);
        }
    }

    private void advance(Stage expected, Stage next) {
        if (stage != expected) {
            throw new IllegalStateException("client " + id + " is at stage " + stage + ", call needs " + expected);
        }
        stage = next;
    }
}
