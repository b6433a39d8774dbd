package org.veil.federated.secagg;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Round 3 message, client w → server (Bonawitz et al. 2017, Fig. 4, Unmasking: "send a list that contains
 * the shares s_{v,u}^SK for users v ∈ U_2 \ U_3 and b_{v,u} for users v ∈ U_3"): the Shamir shares w holds,
 * evaluated at x = w + 1. A response holding both shares for the same v is malformed and rejected.
 *
 * <p>Immutable.
 *
 * @param clientId       the responder w
 * @param selfMaskShares v ↦ share of b_v (v survived)
 * @param keyShares      v ↦ share of s_v^SK (v dropped)
 */
public record UnmaskResponse(int clientId, SortedMap<Integer, BigInteger> selfMaskShares,
                             SortedMap<Integer, BigInteger> keyShares) {

    static final byte TYPE = 6;
    private static final int ENTRY_BYTES = 4 + ShamirSharing.ELEMENT_BYTES;

    public UnmaskResponse {
        if (clientId < 0) {
            throw new IllegalArgumentException("clientId=" + clientId + ", allowed: >= 0");
        }
        selfMaskShares = checked("selfMaskShares", selfMaskShares, clientId);
        keyShares = checked("keyShares", keyShares, clientId);
        for (Integer v : selfMaskShares.keySet()) {
            if (keyShares.containsKey(v)) {
                throw new IllegalArgumentException("client " + v + " has both a b share and an s^SK share, allowed: one");
            }
        }
    }

    /** Wire form: header, clientId, then each map as count and (owner, 66-byte element) in ascending order. */
    public byte[] toBytes() {
        WireWriter w = new WireWriter(12 + ENTRY_BYTES * (selfMaskShares.size() + keyShares.size()), TYPE);
        w.putInt(clientId);
        write(w, selfMaskShares);
        write(w, keyShares);
        return w.toBytes();
    }

    /** Parses {@link #toBytes()}; owners strictly ascending, elements in [0, p). */
    public static UnmaskResponse fromBytes(byte[] bytes) {
        WireReader r = new WireReader(bytes, TYPE, "UnmaskResponse");
        int id = r.clientId("clientId");
        SortedMap<Integer, BigInteger> b = read(r, "selfMaskShares");
        SortedMap<Integer, BigInteger> s = read(r, "keyShares");
        r.end();
        return new UnmaskResponse(id, b, s);
    }

    private static void write(WireWriter w, SortedMap<Integer, BigInteger> shares) {
        w.putInt(shares.size());
        shares.forEach((v, y) -> w.putInt(v).put(ShamirSharing.encodeElement(y)));
    }

    private static SortedMap<Integer, BigInteger> read(WireReader r, String what) {
        int n = r.count(what, ENTRY_BYTES);
        SortedMap<Integer, BigInteger> out = new TreeMap<>();
        int last = -1;
        for (int i = 0; i < n; i++) {
            int v = r.clientId(what);
            if (v <= last) {
                throw r.fail(what + " owners not strictly ascending at " + v);
            }
            last = v;
            out.put(v, ShamirSharing.decodeElement(r.bytes(ShamirSharing.ELEMENT_BYTES, what)));
        }
        return out;
    }

    private static SortedMap<Integer, BigInteger> checked(String what, SortedMap<Integer, BigInteger> shares,
                                                          int clientId) {
        Objects.requireNonNull(shares, what);
        for (Map.Entry<Integer, BigInteger> e : shares.entrySet()) {
            BigInteger y = e.getValue();
            if (e.getKey() < 0 || e.getKey() == clientId || y == null || y.signum() < 0
                    || y.compareTo(ShamirSharing.PRIME) >= 0) {
                throw new IllegalArgumentException(what + ": entry " + e.getKey()
                        + ", allowed: owner >= 0 other than the responder, share in [0, p)");
            }
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(shares));
    }
}
