package org.veil.federated.secagg;

import java.nio.charset.StandardCharsets;

/**
 * The pairwise masks shared by neighbours u and v (Bonawitz et al. 2017, §3 and Fig. 4, round 2): seed
 * s_uv = HKDF-SHA256(X25519(s_u^SK, s_v^PK), info = label ‖ min ‖ max) (RFC 5869; RFC 7748), the same for
 * both ends, and the signed contribution +PRG(s_uv) to y_u when v &gt; u, −PRG(s_uv) when v &lt; u, so that
 * the pair's masks cancel in y_u + y_v (§3, "y_u = x_u + Σ_{u&lt;v} PRG(s_{u,v}) − Σ_{u&gt;v} PRG(s_{v,u})").
 *
 * <p>Stateless and thread-safe; deterministic.
 */
final class PairwiseMasks {

    private static final byte[] LABEL = "veil-secagg/v1 pairwise-mask".getBytes(StandardCharsets.US_ASCII);

    private PairwiseMasks() {
    }

    /** s_uv from u's private masking key and v's public one (symmetric in u, v by Diffie–Hellman). */
    static byte[] seed(byte[] privateKeyOfU, byte[] publicKeyOfV, int u, int v) {
        byte[] agreed = X25519.agree(privateKeyOfU, publicKeyOfV); // KA.agree(s_u^SK, s_v^PK), Fig. 4 round 2
        return Hkdf.derive(null, agreed, ShareCipher.pairInfo(LABEL, u, v), MaskPrg.SEED_BYTES);
    }

    /** Sign of v's mask in y_u: +1 if v &gt; u, −1 if v &lt; u (§3). */
    static int sign(int u, int v) {
        return v > u ? 1 : -1;
    }

    /** y_u += sign(u, v)·PRG(s_uv): what client u adds for neighbour v. */
    static void add(int[] y, int u, int v, byte[] seed) {
        MaskPrg.accumulate(y, seed, sign(u, v));
    }

    /** y −= sign(u, v)·PRG(s_uv): the server removing what surviving u added for dropped v. */
    static void remove(int[] y, int u, int v, byte[] seed) {
        MaskPrg.accumulate(y, seed, -sign(u, v));
    }
}
