package org.veil.federated.secagg;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Objects;
import javax.crypto.KeyAgreement;

/**
 * X25519 Diffie–Hellman (Langley, Hamburg and Turner, RFC 7748, 2016, §5–6) through the JDK's XDH
 * provider, on raw 32-byte encodings: the key agreement scheme KA of Bonawitz et al. 2017, §3.1 / Fig. 4
 * round 0 ("(c_u^PK, c_u^SK) ← KA.gen(pp)"). Keys travel as RFC 7748 §5 little-endian strings.
 *
 * <p>Stateless and thread-safe. Key generation draws from the {@link SecureRandom} it is given.
 */
public final class X25519 {

    /** Length of public keys, private scalars and shared secrets (RFC 7748 §5). */
    public static final int KEY_BYTES = 32;
    private static final BigInteger BASE_POINT_U = BigInteger.valueOf(9); // RFC 7748 §4.1: u = 9

    private X25519() {
    }

    /** A fresh key pair, as raw (public, private) strings, drawn from {@code random}. */
    public static RawKeyPair generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("X25519");
            gen.initialize(NamedParameterSpec.X25519, random);
            KeyPair kp = gen.generateKeyPair();
            byte[] pub = encodeU(((XECPublicKey) kp.getPublic()).getU());
            byte[] priv = ((XECPrivateKey) kp.getPrivate()).getScalar()
                    .orElseThrow(() -> new IllegalStateException("X25519 provider hides the scalar"));
            return new RawKeyPair(pub, priv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks X25519", e);
        }
    }

    /**
     * X25519(k, u) (RFC 7748 §5): the 32-byte shared secret of a private scalar and a peer's public key.
     *
     * @throws IllegalArgumentException if either string has the wrong length or the peer key is a
     *                                  small-order point (all-zero output, RFC 7748 §6.1 check)
     */
    public static byte[] agree(byte[] privateKey, byte[] peerPublicKey) {
        requireLength("privateKey", privateKey);
        requireLength("peerPublicKey", peerPublicKey);
        try {
            KeyFactory kf = KeyFactory.getInstance("XDH");
            PrivateKey priv = kf.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, privateKey));
            PublicKey pub = kf.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, decodeU(peerPublicKey)));
            KeyAgreement ka = KeyAgreement.getInstance("XDH");
            ka.init(priv);
            ka.doPhase(pub, true);
            return ka.generateSecret();
        } catch (InvalidKeyException | InvalidKeySpecException e) {
            throw new IllegalArgumentException("X25519 rejected the key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks XDH", e);
        }
    }

    /** The public key of a private scalar: X25519(k, 9) (RFC 7748 §6.1). */
    public static byte[] publicKeyOf(byte[] privateKey) {
        return agree(privateKey, encodeU(BASE_POINT_U));
    }

    /** RFC 7748 §5 encodeUCoordinate: 32 bytes, little-endian. */
    static byte[] encodeU(BigInteger u) {
        byte[] be = u.toByteArray();
        byte[] out = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES && i < be.length; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    /** RFC 7748 §5 decodeUCoordinate: little-endian with the most significant bit masked. */
    static BigInteger decodeU(byte[] bytes) {
        byte[] be = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES; i++) {
            be[i] = bytes[KEY_BYTES - 1 - i];
        }
        be[0] &= 0x7f; // RFC 7748 §5: "mask the most significant bit in the final byte"
        return new BigInteger(1, be);
    }

    static void requireLength(String name, byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + ".length=" + (key == null ? "null" : key.length)
                    + ", allowed: " + KEY_BYTES);
        }
    }

    /**
     * A raw X25519 key pair (RFC 7748 §5 strings). Arrays are copied in and out.
     *
     * @param publicKey  u-coordinate, 32 bytes little-endian
     * @param privateKey scalar, 32 bytes
     */
    public record RawKeyPair(byte[] publicKey, byte[] privateKey) {
        public RawKeyPair {
            requireLength("publicKey", publicKey);
            requireLength("privateKey", privateKey);
            publicKey = publicKey.clone();
            privateKey = privateKey.clone();
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public byte[] privateKey() {
            return privateKey.clone();
        }
    }
}
