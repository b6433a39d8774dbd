package org.veil.federated.secagg;

import java.util.Objects;

/**
 * Round 2 message, client → server (Bonawitz et al. 2017, Fig. 4, MaskedInputCollection: "send y_u to the
 * server"): y_u = x_u + PRG(b_u) + Σ_{v ∈ N(u), v &gt; u} PRG(s_uv) − Σ_{v ∈ N(u), v &lt; u} PRG(s_uv) (mod 2^32).
 *
 * <p>The array is not copied (vectors can be large); treat it as immutable once built.
 *
 * @param clientId u
 * @param masked   y_u, one 32-bit word per coordinate
 */
public record MaskedInput(int clientId, int[] masked) {

    static final byte TYPE = 4;

    public MaskedInput {
        if (clientId < 0) {
            throw new IllegalArgumentException("clientId=" + clientId + ", allowed: >= 0");
        }
        Objects.requireNonNull(masked, "masked");
    }

    /** Wire form: header, clientId, length, words (big-endian). */
    public byte[] toBytes() {
        return new WireWriter(8 + 4 * masked.length, TYPE).putInt(clientId).putInt(masked.length).putInts(masked)
                .toBytes();
    }

    /** Parses {@link #toBytes()}; the length must match the bytes present exactly. */
    public static MaskedInput fromBytes(byte[] bytes) {
        WireReader r = new WireReader(bytes, TYPE, "MaskedInput");
        int id = r.clientId("clientId");
        int n = r.count("length", 4);
        int[] y = r.ints(n, "masked");
        r.end();
        return new MaskedInput(id, y);
    }
}
