package org.veil.federated.secagg;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption of one client's shares for one neighbour (Bonawitz et al. 2017, Fig. 4,
 * ShareKeys: "e_{u,v} ← AE.enc(KA.agree(c_u^SK, c_v^PK), u ‖ v ‖ s_{u,v}^SK ‖ b_{u,v})"). The key is
 * HKDF-SHA256 (RFC 5869) of the X25519 secret (RFC 7748), bound to the unordered pair {u, v}; the cipher is
 * AES-256-GCM with a fresh random 96-bit nonce and (u, v) as associated data, so the server can neither
 * read nor redirect a ciphertext.
 *
 * <p>Ciphertext layout: nonce (12) ‖ GCM(owner u, holder v, share of b_u, share of s_u^SK) ‖ tag (16).
 * Stateless and thread-safe; nonces come from the caller's {@link SecureRandom}.
 */
final class ShareCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int PLAINTEXT_BYTES = 8 + 2 * ShamirSharing.ELEMENT_BYTES;
    static final int CIPHERTEXT_BYTES = NONCE_BYTES + PLAINTEXT_BYTES + TAG_BYTES;
    private static final byte[] LABEL = "veil-secagg/v1 share-encryption".getBytes(StandardCharsets.US_ASCII);

    private ShareCipher() {
    }

    /** c_uv = HKDF(X25519(c_u^SK, c_v^PK), info = label ‖ min(u,v) ‖ max(u,v)) (RFC 5869 §2; Bonawitz et al. §4). */
    static byte[] key(byte[] agreedSecret, int u, int v) {
        return Hkdf.derive(null, agreedSecret, pairInfo(LABEL, u, v), 32);
    }

    static byte[] encrypt(byte[] key, int owner, int holder, SharePair shares, SecureRandom random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        ByteBuffer plain = ByteBuffer.allocate(PLAINTEXT_BYTES).putInt(owner).putInt(holder)
                .put(ShamirSharing.encodeElement(shares.selfMaskShare()))
                .put(ShamirSharing.encodeElement(shares.keyShare()));
        try {
            Cipher c = gcm(Cipher.ENCRYPT_MODE, key, nonce, owner, holder);
            byte[] out = Arrays.copyOf(nonce, CIPHERTEXT_BYTES);
            c.doFinal(plain.array(), 0, PLAINTEXT_BYTES, out, NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Decrypts e_{owner,holder}; a forged, truncated or misrouted ciphertext, or one whose plaintext names
     * other parties, is an {@link IllegalArgumentException} (Fig. 4, round 2: "assert u = u' ∧ v = v'").
     */
    static SharePair decrypt(byte[] key, int owner, int holder, byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length != CIPHERTEXT_BYTES) {
            throw new IllegalArgumentException("ciphertext from " + owner + ": wrong length");
        }
        byte[] plain;
        try {
            Cipher c = gcm(Cipher.DECRYPT_MODE, key, Arrays.copyOf(ciphertext, NONCE_BYTES), owner, holder);
            plain = c.doFinal(ciphertext, NONCE_BYTES, CIPHERTEXT_BYTES - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("ciphertext from " + owner + " to " + holder + " fails authentication", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
        ByteBuffer b = ByteBuffer.wrap(plain);
        if (b.getInt() != owner || b.getInt() != holder) {
            throw new IllegalArgumentException("ciphertext from " + owner + " names other parties");
        }
        byte[] e1 = new byte[ShamirSharing.ELEMENT_BYTES];
        byte[] e2 = new byte[ShamirSharing.ELEMENT_BYTES];
        b.get(e1).get(e2);
        return new SharePair(ShamirSharing.decodeElement(e1), ShamirSharing.decodeElement(e2));
    }

    /** label ‖ min(u, v) ‖ max(u, v): binds a derived key to the unordered pair. */
    static byte[] pairInfo(byte[] label, int u, int v) {
        return ByteBuffer.allocate(label.length + 8).put(label).putInt(Math.min(u, v)).putInt(Math.max(u, v)).array();
    }

    private static Cipher gcm(int mode, byte[] key, byte[] nonce, int owner, int holder)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(8 * TAG_BYTES, nonce));
        c.updateAAD(ByteBuffer.allocate(8).putInt(owner).putInt(holder).array()); // direction-bound AAD
        return c;
    }

    /**
     * The two shares one holder keeps for one owner (Fig. 4, round 1: b_{u,v} and s_{u,v}^SK).
     *
     * @param selfMaskShare share of the self-mask seed b_u
     * @param keyShare      share of the masking private key s_u^SK
     */
    record SharePair(BigInteger selfMaskShare, BigInteger keyShare) {
    }
}
