package org.veil.federated.secagg;

/**
 * Round 0 message, client → server (Bonawitz et al. 2017, Fig. 4, AdvertiseKeys: "send (c_u^PK, s_u^PK)"):
 * the client's two fresh X25519 public keys (RFC 7748 §5 encoding).
 *
 * <p>Immutable: arrays are copied in and out.
 *
 * @param clientId      u
 * @param encryptionKey c_u^PK, agreed with neighbours to encrypt shares (32 bytes)
 * @param maskingKey    s_u^PK, agreed with neighbours to derive pairwise mask seeds s_uv (32 bytes)
 */
public record AdvertiseKeys(int clientId, byte[] encryptionKey, byte[] maskingKey) {

    static final byte TYPE = 1;
    static final int BODY_BYTES = 4 + 2 * X25519.KEY_BYTES;

    public AdvertiseKeys {
        if (clientId < 0) {
            throw new IllegalArgumentException("clientId=" + clientId + ", allowed: >= 0");
        }
        X25519.requireLength("encryptionKey", encryptionKey);
        X25519.requireLength("maskingKey", maskingKey);
        encryptionKey = encryptionKey.clone();
        maskingKey = maskingKey.clone();
    }

    @Override
    public byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    @Override
    public byte[] maskingKey() {
        return maskingKey.clone();
    }

    /** Wire form: header, clientId, c^PK, s^PK. */
    public byte[] toBytes() {
        WireWriter w = new WireWriter(BODY_BYTES, TYPE);
        write(w);
        return w.toBytes();
    }

    /** Parses {@link #toBytes()}; any malformation is an {@link IllegalArgumentException}. */
    public static AdvertiseKeys fromBytes(byte[] bytes) {
        WireReader r = new WireReader(bytes, TYPE, "AdvertiseKeys");
        AdvertiseKeys m = read(r);
        r.end();
        return m;
    }

    void write(WireWriter w) {
        w.putInt(clientId).put(encryptionKey).put(maskingKey);
    }

    static AdvertiseKeys read(WireReader r) {
        int id = r.clientId("clientId");
        return new AdvertiseKeys(id, r.bytes(X25519.KEY_BYTES, "encryptionKey"), r.bytes(X25519.KEY_BYTES, "maskingKey"));
    }
}
