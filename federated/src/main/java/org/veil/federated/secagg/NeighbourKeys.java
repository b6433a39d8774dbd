package org.veil.federated.secagg;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Round 1 input, server → client u (Bonawitz et al. 2017, Fig. 4, ShareKeys: "receive the list
 * {(v, c_v^PK, s_v^PK)}_{v ∈ U_1}", restricted to u's neighbours by SecAgg+, Bell et al. 2020, §3): the
 * advertised keys of those neighbours of u that completed round 0.
 *
 * <p>Immutable.
 *
 * @param clientId the receiver u
 * @param keys     neighbour id ↦ its advertisement; never contains u
 */
public record NeighbourKeys(int clientId, SortedMap<Integer, AdvertiseKeys> keys) {

    static final byte TYPE = 2;

    public NeighbourKeys {
        if (clientId < 0) {
            throw new IllegalArgumentException("clientId=" + clientId + ", allowed: >= 0");
        }
        Objects.requireNonNull(keys, "keys");
        for (Map.Entry<Integer, AdvertiseKeys> e : keys.entrySet()) {
            if (e.getValue() == null || e.getKey() != e.getValue().clientId() || e.getKey() == clientId) {
                throw new IllegalArgumentException("keys: entry " + e.getKey()
                        + ", allowed: a neighbour's own advertisement, never the receiver's");
            }
        }
        keys = Collections.unmodifiableSortedMap(new TreeMap<>(keys));
    }

    /** Wire form: header, clientId, count, advertisements in ascending id order. */
    public byte[] toBytes() {
        WireWriter w = new WireWriter(8 + keys.size() * AdvertiseKeys.BODY_BYTES, TYPE);
        w.putInt(clientId).putInt(keys.size());
        keys.values().forEach(a -> a.write(w));
        return w.toBytes();
    }

    /** Parses {@link #toBytes()}; ids must be strictly ascending. */
    public static NeighbourKeys fromBytes(byte[] bytes) {
        WireReader r = new WireReader(bytes, TYPE, "NeighbourKeys");
        int id = r.clientId("clientId");
        int n = r.count("count", AdvertiseKeys.BODY_BYTES);
        SortedMap<Integer, AdvertiseKeys> keys = new TreeMap<>();
        int last = -1;
        for (int i = 0; i < n; i++) {
            AdvertiseKeys a = AdvertiseKeys.read(r);
            if (a.clientId() <= last) {
                throw r.fail("ids not strictly ascending at " + a.clientId());
            }
            last = a.clientId();
            keys.put(a.clientId(), a);
        }
        r.end();
        return new NeighbourKeys(id, keys);
    }
}
