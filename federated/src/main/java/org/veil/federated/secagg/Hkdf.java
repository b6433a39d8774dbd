package org.veil.federated.secagg;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (Krawczyk and Eronen, RFC 5869, 2010): extract-then-expand key derivation.
 * Used for the pairwise mask seeds s_uv and the share-encryption keys c_uv of Bonawitz et al. 2017, §4
 * (Fig. 4, rounds 1–2: "s_{u,v} ← KA.agree(s_u^SK, s_v^PK)", which the paper hashes before use).
 *
 * <p>Stateless and thread-safe; deterministic.
 */
public final class Hkdf {

    /** Output length of SHA-256, HashLen in RFC 5869 §2. */
    public static final int HASH_LEN = 32;
    private static final String HMAC = "HmacSHA256";

    private Hkdf() {
    }

    /**
     * HKDF-Extract (RFC 5869 §2.2): PRK = HMAC-Hash(salt, IKM); an empty salt means HashLen zero bytes.
     */
    public static byte[] extract(byte[] salt, byte[] ikm) {
        Objects.requireNonNull(ikm, "ikm");
        byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LEN] : salt; // RFC 5869 §2.2 default salt
        return hmac(key).doFinal(ikm);
    }

    /**
     * HKDF-Expand (RFC 5869 §2.3): T(i) = HMAC-Hash(PRK, T(i−1) | info | i), OKM = first L octets of T(1)|T(2)|….
     *
     * @param length L, in 1 … 255·HashLen
     */
    public static byte[] expand(byte[] prk, byte[] info, int length) {
        Objects.requireNonNull(prk, "prk");
        if (length < 1 || length > 255 * HASH_LEN) { // RFC 5869 §2.3: L <= 255*HashLen
            throw new IllegalArgumentException("length=" + length + ", allowed: 1 … " + 255 * HASH_LEN);
        }
        byte[] inf = info == null ? new byte[0] : info;
        Mac mac = hmac(prk);
        byte[] okm = new byte[length];
        byte[] t = new byte[0];
        for (int i = 1, done = 0; done < length; i++) {
            mac.update(t); // T(i-1), empty for i = 1 (RFC 5869 §2.3)
            mac.update(inf);
            mac.update((byte) i);
            t = mac.doFinal();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, okm, done, n);
            done += n;
        }
        return okm;
    }

    /** Extract then expand (RFC 5869 §2). */
    public static byte[] derive(byte[] salt, byte[] ikm, byte[] info, int length) {
        return expand(extract(salt, ikm), info, length);
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("HMAC key rejected: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + HMAC, e);
        }
    }
}
