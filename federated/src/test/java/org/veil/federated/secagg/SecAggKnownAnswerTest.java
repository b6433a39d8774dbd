package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.veil.federated.secagg.SecAggFixtures.hex;

import org.junit.jupiter.api.Test;

/**
 * Published test vectors: HKDF-SHA256 from RFC 5869 Appendix A (test cases 1–3) and X25519 from RFC 7748
 * §6.1. The values below are copied from the RFCs (and were cross-checked with Python's hmac module and
 * pyca/cryptography 48.0.0 outside the project).
 */
class SecAggKnownAnswerTest {

    @Test
    void hkdfRfc5869TestCase1() {
        // RFC 5869 A.1: basic test case with SHA-256
        byte[] ikm = hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        byte[] salt = hex("000102030405060708090a0b0c");
        byte[] info = hex("f0f1f2f3f4f5f6f7f8f9");
        byte[] prk = Hkdf.extract(salt, ikm);
        assertArrayEquals(hex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"), prk);
        assertArrayEquals(hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                + "34007208d5b887185865"), Hkdf.expand(prk, info, 42));
    }

    @Test
    void hkdfRfc5869TestCase2() {
        // RFC 5869 A.2: longer inputs/outputs; IKM = 0x00…0x4f, salt = 0x60…0xaf, info = 0xb0…0xff, L = 82
        byte[] ikm = range(0x00, 0x50);
        byte[] salt = range(0x60, 0xb0);
        byte[] info = range(0xb0, 0x100);
        assertArrayEquals(hex("06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244"),
                Hkdf.extract(salt, ikm));
        assertArrayEquals(hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                + "cc30c58179ec3e87c14c01d5c1f3434f1d87"), Hkdf.derive(salt, ikm, info, 82));
    }

    @Test
    void hkdfRfc5869TestCase3() {
        // RFC 5869 A.3: zero-length salt and info
        byte[] ikm = hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        assertArrayEquals(hex("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04"),
                Hkdf.extract(new byte[0], ikm));
        assertArrayEquals(hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                + "9d201395faa4b61a96c8"), Hkdf.derive(new byte[0], ikm, new byte[0], 42));
    }

    @Test
    void hkdfRejectsOutputLongerThan255Blocks() {
        assertThrows(IllegalArgumentException.class, () -> Hkdf.expand(new byte[32], null, 255 * 32 + 1));
        assertThrows(IllegalArgumentException.class, () -> Hkdf.expand(new byte[32], null, 0));
    }

    @Test
    void x25519Rfc7748Section61() {
        // RFC 7748 §6.1: Alice's and Bob's private keys, public keys and shared secret
        byte[] a = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] b = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        byte[] alicePub = hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        byte[] bobPub = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        byte[] shared = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        assertArrayEquals(alicePub, X25519.publicKeyOf(a));
        assertArrayEquals(bobPub, X25519.publicKeyOf(b));
        assertArrayEquals(shared, X25519.agree(a, bobPub));
        assertArrayEquals(shared, X25519.agree(b, alicePub));
    }

    @Test
    void x25519GeneratedPairsAgreeAndRejectSmallOrderPoints() {
        X25519.RawKeyPair p = X25519.generate(SecAggFixtures.seeded(1));
        X25519.RawKeyPair q = X25519.generate(SecAggFixtures.seeded(2));
        assertArrayEquals(p.publicKey(), X25519.publicKeyOf(p.privateKey()));
        assertArrayEquals(X25519.agree(p.privateKey(), q.publicKey()), X25519.agree(q.privateKey(), p.publicKey()));
        // u = 0 is a small-order point: the all-zero shared secret must be refused (RFC 7748 §6.1)
        assertThrows(IllegalArgumentException.class, () -> X25519.agree(p.privateKey(), new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> X25519.agree(p.privateKey(), new byte[31]));
    }

    private static byte[] range(int from, int to) {
        byte[] out = new byte[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (from + i);
        }
        return out;
    }
}
