package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The AES-256-CTR mask PRG: an oracle (AES-ECB of counter blocks), determinism, distinctness, sign. */
class MaskPrgTest {

    @Test
    void wordsAreTheAesEncryptionsOfTheCounterBlocksLittleEndian() throws Exception {
        byte[] seed = SecAggFixtures.hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        int blocks = 5000; // crosses the generator's 16 KiB chunk boundary
        Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
        ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(seed, "AES"));
        ByteBuffer counters = ByteBuffer.allocate(16 * blocks);
        for (int i = 0; i < blocks; i++) {
            counters.putLong(16 * i + 8, i); // 128-bit big-endian counter starting at 0 (NIST SP 800-38A)
        }
        ByteBuffer stream = ByteBuffer.wrap(ecb.doFinal(counters.array())).order(ByteOrder.LITTLE_ENDIAN);
        int[] expected = new int[4 * blocks - 1];
        stream.asIntBuffer().get(expected);
        assertArrayEquals(expected, MaskPrg.words(seed, expected.length));
    }

    @Test
    void deterministicInTheSeedAndPrefixConsistent() {
        byte[] seed = new byte[32];
        seed[7] = 42;
        int[] a = MaskPrg.words(seed, 10_007);
        assertArrayEquals(a, MaskPrg.words(seed.clone(), 10_007));
        assertArrayEquals(Arrays.copyOf(a, 5), MaskPrg.words(seed, 5));
    }

    @Test
    void distinctSeedsGiveUnrelatedStreams() {
        byte[] s1 = new byte[32];
        byte[] s2 = new byte[32];
        s2[31] = 1; // one bit apart
        int[] a = MaskPrg.words(s1, 4096);
        int[] b = MaskPrg.words(s2, 4096);
        int equal = 0;
        long differingBits = 0;
        for (int i = 0; i < a.length; i++) {
            equal += a[i] == b[i] ? 1 : 0;
            differingBits += Integer.bitCount(a[i] ^ b[i]);
        }
        assertEquals(0, equal, "equal words (expected ~4096/2^32)");
        double fraction = differingBits / (32.0 * a.length);
        // 131072 Bernoulli(1/2) bits: sd of the fraction is 0.0014; 0.49–0.51 is > 7 sd
        assertFalse(fraction < 0.49 || fraction > 0.51, "fraction of differing bits " + fraction);
    }

    @Test
    void addingThenSubtractingTheSameStreamRestoresTheVector() {
        byte[] seed = new byte[32];
        seed[0] = 9;
        int[] x = {1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE, 0};
        int[] y = x.clone();
        MaskPrg.accumulate(y, seed, 1);
        assertFalse(Arrays.equals(x, y));
        MaskPrg.accumulate(y, seed, -1);
        assertArrayEquals(x, y);
    }

    @Test
    void rejectsWrongSeedLengthAndSign() {
        assertThrows(IllegalArgumentException.class, () -> MaskPrg.words(new byte[16], 4));
        assertThrows(IllegalArgumentException.class, () -> MaskPrg.accumulate(new int[4], new byte[32], 2));
    }
}
