package org.veil.federated.secagg;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Encrypted shares in transit (Bonawitz et al. 2017, Fig. 4, ShareKeys: "send all the ciphertexts e_{u,v}
 * to the server" and MaskedInputCollection: "receive from the server the list of ciphertexts e_{v,u}"). One
 * shape serves both directions: uploaded by u, {@code peers} are the receivers v; routed to v, they are the
 * senders u. Each ciphertext is {@link ShareCipher#CIPHERTEXT_BYTES} of AES-GCM that the server cannot read.
 *
 * <p>Immutable; ciphertext arrays are copied in.
 *
 * @param clientId    the uploading sender, or the receiving client
 * @param ciphertexts peer id ↦ e_{u,v}; never contains {@code clientId}
 */
public record ShareCiphertexts(int clientId, SortedMap<Integer, byte[]> ciphertexts) {

    static final byte TYPE = 3;
    private static final int ENTRY_BYTES = 4 + ShareCipher.CIPHERTEXT_BYTES;

    public ShareCiphertexts {
        if (clientId < 0) {
            throw new IllegalArgumentException("clientId=" + clientId + ", allowed: >= 0");
        }
        Objects.requireNonNull(ciphertexts, "ciphertexts");
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        for (Map.Entry<Integer, byte[]> e : ciphertexts.entrySet()) {
            byte[] c = e.getValue();
            if (e.getKey() < 0 || e.getKey() == clientId || c == null || c.length != ShareCipher.CIPHERTEXT_BYTES) {
                throw new IllegalArgumentException("ciphertexts: entry " + e.getKey() + ", allowed: peer id >= 0, "
                        + "not the client itself, " + ShareCipher.CIPHERTEXT_BYTES + " bytes");
            }
            copy.put(e.getKey(), c.clone());
        }
        ciphertexts = Collections.unmodifiableSortedMap(copy);
    }

    /** Wire form: header, clientId, count, (peer, ciphertext) in ascending peer order. */
    public byte[] toBytes() {
        WireWriter w = new WireWriter(8 + ciphertexts.size() * ENTRY_BYTES, TYPE);
        w.putInt(clientId).putInt(ciphertexts.size());
        ciphertexts.forEach((peer, c) -> w.putInt(peer).put(c));
        return w.toBytes();
    }

    /** Parses {@link #toBytes()}; peers must be strictly ascending. */
    public static ShareCiphertexts fromBytes(byte[] bytes) {
        WireReader r = new WireReader(bytes, TYPE, "ShareCiphertexts");
        int id = r.clientId("clientId");
        int n = r.count("count", ENTRY_BYTES);
        SortedMap<Integer, byte[]> map = new TreeMap<>();
        int last = -1;
        for (int i = 0; i < n; i++) {
            int peer = r.clientId("peer");
            if (peer <= last) {
                throw r.fail("peers not strictly ascending at " + peer);
            }
            last = peer;
            map.put(peer, r.bytes(ShareCipher.CIPHERTEXT_BYTES, "ciphertext"));
        }
        r.end();
        return new ShareCiphertexts(id, map);
    }
}
