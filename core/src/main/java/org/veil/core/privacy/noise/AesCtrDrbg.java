package org.veil.core.privacy.noise;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cryptographically secure random words from AES-256 in counter mode, in the manner of NIST
 * CTR_DRBG (SP 800-90A Rev. 1, section 10.2.1) without derivation function: the state is a 256-bit
 * key and a 128-bit counter block. Each {@link #fill} encrypts zeros (the keystream
 * {@code E_K(V), E_K(V+1), ...}), hands out the first bytes as 64-bit words and replaces key and
 * counter with the next 48 keystream bytes, which are never handed out (the CTR_DRBG Update step:
 * a later compromise of the state does not reveal earlier output). The initial state, and a fresh
 * one after every 2^32 blocks (64 GiB) of output, come from {@link SecureRandom#nextBytes}; there
 * is no seeding entry point.
 *
 * <p>Uses only the JDK provider's "AES/CTR/NoPadding" (AES-NI intrinsics on x86-64).
 *
 * <p><b>Thread safety:</b> not thread-safe; {@link SecureNoiseSource} guards it with its lock.
 */
final class AesCtrDrbg implements WordBuffer.Filler {

    /** Output blocks (16 bytes) after which the state is replaced from SecureRandom. */
    static final long RESEED_BLOCKS = 1L << 32;

    private static final int KEY_BYTES = 32;
    private static final int COUNTER_BYTES = 16;
    private static final int STATE_BYTES = KEY_BYTES + COUNTER_BYTES;

    private final SecureRandom entropy;
    private final Cipher cipher;
    private final byte[] state = new byte[STATE_BYTES];
    private byte[] zeros = new byte[0];
    private byte[] keystream = new byte[0];
    private long blocksSinceReseed;

    AesCtrDrbg() {
        this.entropy = new SecureRandom();
        try {
            this.cipher = Cipher.getInstance("AES/CTR/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides no AES/CTR/NoPadding cipher", e);
        }
        reseed();
    }

    /** SP 800-90A section 10.2.1.5 (Generate) followed by its Update with unreleased keystream. */
    @Override
    public void fill(long[] words) {
        int outBytes = words.length * Long.BYTES;
        if (zeros.length != outBytes + STATE_BYTES) {
            zeros = new byte[outBytes + STATE_BYTES];
            keystream = new byte[outBytes + STATE_BYTES];
        }
        if (blocksSinceReseed >= RESEED_BLOCKS) {
            reseed();
        }
        try {
            cipher.init(Cipher.ENCRYPT_MODE,
                    new SecretKeySpec(state, 0, KEY_BYTES, "AES"),
                    new IvParameterSpec(state, KEY_BYTES, COUNTER_BYTES));
            // CTR mode: the encryption of zeros is the keystream itself.
            int written = cipher.doFinal(zeros, 0, zeros.length, keystream, 0);
            if (written != keystream.length) {
                throw new IllegalStateException("AES/CTR wrote " + written + " bytes, expected " + keystream.length);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR keystream generation failed", e);
        }
        ByteBuffer.wrap(keystream, 0, outBytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(words);
        // CTR_DRBG Update: the bytes after the released ones become the next key and counter.
        System.arraycopy(keystream, outBytes, state, 0, STATE_BYTES);
        blocksSinceReseed += keystream.length / COUNTER_BYTES;
    }

    /** SP 800-90A section 10.2.1.4 (Reseed): fresh key and counter from the system CSPRNG. */
    private void reseed() {
        entropy.nextBytes(state);
        blocksSinceReseed = 0;
    }
}
