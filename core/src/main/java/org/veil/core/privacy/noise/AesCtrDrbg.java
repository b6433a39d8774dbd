package org.veil.core.privacy.noise;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p><b>Thread safety:</b> not thread-safe; {@link SecureNoiseSource} lends each instance to one
 * worker at a time.
 */
final class AesCtrDrbg implements WordBuffer.Filler {

    /** Output blocks (16 bytes) after which the state is replaced from SecureRandom. */
    static final long RESEED_BLOCKS = 1L << 32;

    private static final int KEY_BYTES = 32;
    private static final int COUNTER_BYTES = 16;
    private static final int STATE_BYTES = KEY_BYTES + COUNTER_BYTES;

    /** Cipher calls after which HotSpot has (by measurement) compiled AES-CTR with its intrinsic. */
    private static final long WARM_CALLS = 20_000;

    /** Bytes per cipher call while warming up. */
    private static final int WARM_PIECE = 1024;

    /** Small cipher calls made so far in this JVM (a warm-up counter; carries no randomness). */
    private static final AtomicLong CIPHER_CALLS = new AtomicLong();

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

    /** Fills the whole array; see {@link #fill(long[], int)}. */
    void fill(long[] words) {
        fill(words, words.length);
    }

    /** SP 800-90A section 10.2.1.5 (Generate) followed by its Update with unreleased keystream. */
    @Override
    public void fill(long[] words, int count) {
        int outBytes = count * Long.BYTES;
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
            int written = encryptZeros();
            if (written != keystream.length) {
                throw new IllegalStateException("AES/CTR wrote " + written + " bytes, expected " + keystream.length);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR keystream generation failed", e);
        }
        ByteBuffer.wrap(keystream, 0, outBytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(words, 0, count);
        // CTR_DRBG Update: the bytes after the released ones become the next key and counter.
        System.arraycopy(keystream, outBytes, state, 0, STATE_BYTES);
        blocksSinceReseed += keystream.length / COUNTER_BYTES;
    }

    /**
     * Encrypts {@code zeros} into {@code keystream} under the initialised cipher. HotSpot uses its
     * AES-CTR intrinsic only once the cipher's code has been called about 10^4 times (measured: about
     * 0.2 GB/s before, 2.4 GB/s after), however many bytes each call covers; so until
     * {@link #WARM_CALLS} calls have been made in this JVM the request is split into
     * {@link #WARM_PIECE}-byte {@code update} calls, which reaches the intrinsic after about 20 MB of
     * output instead of about 700 MB. CTR keystream is the same however the request is split.
     */
    private int encryptZeros() throws GeneralSecurityException {
        int done = 0;
        if (CIPHER_CALLS.get() < WARM_CALLS) {
            while (zeros.length - done > WARM_PIECE) {
                done += cipher.update(zeros, done, WARM_PIECE, keystream, done);
                CIPHER_CALLS.incrementAndGet();
            }
        }
        return done + cipher.doFinal(zeros, done, zeros.length - done, keystream, done);
    }

    /** SP 800-90A section 10.2.1.4 (Reseed): fresh key and counter from the system CSPRNG. */
    private void reseed() {
        entropy.nextBytes(state);
        blocksSinceReseed = 0;
    }
}
