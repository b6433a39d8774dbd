package org.veil.federated.secagg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The mask generator PRG(seed) of Bonawitz et al. 2017, §4 (Fig. 4, round 2: "p_u = PRG(b_u)",
 * "p_{u,v} = Δ_{u,v}·PRG(s_{u,v})"): the AES-256-CTR keystream under key = seed (32 bytes), counter block
 * starting at zero, read as little-endian 32-bit words, i.e. elements of Z_{2^32}. AES-CTR is a PRG under
 * the PRP assumption on AES; each seed is fresh per round and keys exactly one stream, so the fixed
 * initial counter never repeats a (key, counter) pair.
 *
 * <p>Stateless and thread-safe (each call owns its {@link Cipher}); deterministic in the seed.
 */
public final class MaskPrg {

    /** Seed length: an AES-256 key. */
    public static final int SEED_BYTES = 32;
    private static final int CHUNK_BYTES = 1 << 14; // a multiple of the 16-byte AES block
    private static final VarHandle LE_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private MaskPrg() {
    }

    /** The first {@code length} words of PRG(seed). */
    public static int[] words(byte[] seed, int length) {
        int[] out = new int[length];
        accumulate(out, seed, 1);
        return out;
    }

    /**
     * target[i] += sign · PRG(seed)[i] (mod 2^32, Java int arithmetic wraps), for sign ∈ {+1, −1}
     * (Bonawitz et al. 2017, §3: y_u = x_u + Σ_{v>u} PRG(s_uv) − Σ_{v<u} PRG(s_uv) + PRG(b_u)).
     */
    public static void accumulate(int[] target, byte[] seed, int sign) {
        Objects.requireNonNull(target, "target");
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("sign=" + sign + ", allowed: 1 or -1");
        }
        Cipher cipher = cipher(seed);
        byte[] zeros = new byte[CHUNK_BYTES];
        byte[] stream = new byte[CHUNK_BYTES];
        for (int start = 0; start < target.length; start += CHUNK_BYTES / 4) {
            int words = Math.min(CHUNK_BYTES / 4, target.length - start);
            int bytes = (words * 4 + 15) & ~15; // whole AES blocks keep later chunks aligned
            try {
                cipher.update(zeros, 0, bytes, stream, 0);
            } catch (ShortBufferException e) {
                throw new IllegalStateException("keystream buffer too small", e);
            }
            if (sign == 1) {
                for (int i = 0; i < words; i++) {
                    target[start + i] += (int) LE_INT.get(stream, i * 4);
                }
            } else {
                for (int i = 0; i < words; i++) {
                    target[start + i] -= (int) LE_INT.get(stream, i * 4);
                }
            }
        }
    }

    private static Cipher cipher(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("seed.length=" + seed.length + ", allowed: " + SEED_BYTES);
        }
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(seed, "AES"), new IvParameterSpec(new byte[16]));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks AES/CTR/NoPadding with 256-bit keys", e);
        }
    }
}
