package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Wire formats: every message type round-trips, and every malformed input — null, empty, each truncation,
 * each single-byte corruption, random garbage, another type's bytes — is an {@link IllegalArgumentException}
 * or a valid message, never another exception.
 */
class SecAggMessagesTest {

    private record Codec(String name, byte[] valid, Function<byte[], Object> parse, Function<Object, byte[]> write) {
    }

    private static List<Codec> codecs() {
        SplittableRandom rng = new SplittableRandom(1);
        AdvertiseKeys a3 = new AdvertiseKeys(3, bytes(rng, 32), bytes(rng, 32));
        AdvertiseKeys a9 = new AdvertiseKeys(9, bytes(rng, 32), bytes(rng, 32));
        NeighbourKeys nk = new NeighbourKeys(4, new TreeMap<>(Map.of(3, a3, 9, a9)));
        ShareCiphertexts sc = new ShareCiphertexts(4, new TreeMap<>(Map.of(3, bytes(rng, ShareCipher.CIPHERTEXT_BYTES),
                9, bytes(rng, ShareCipher.CIPHERTEXT_BYTES))));
        MaskedInput mi = new MaskedInput(4, new int[] {1, -1, Integer.MIN_VALUE, 7, 0});
        UnmaskRequest ur = new UnmaskRequest(new TreeSet<>(List.of(1, 4, 9)), new TreeSet<>(List.of(3)));
        UnmaskResponse rs = new UnmaskResponse(4, new TreeMap<>(Map.of(9, BigInteger.TWO, 1, ShamirSharing.PRIME.subtract(BigInteger.ONE))),
                new TreeMap<>(Map.of(3, BigInteger.ZERO)));
        return List.of(
                new Codec("AdvertiseKeys", a3.toBytes(), AdvertiseKeys::fromBytes, m -> ((AdvertiseKeys) m).toBytes()),
                new Codec("NeighbourKeys", nk.toBytes(), NeighbourKeys::fromBytes, m -> ((NeighbourKeys) m).toBytes()),
                new Codec("ShareCiphertexts", sc.toBytes(), ShareCiphertexts::fromBytes, m -> ((ShareCiphertexts) m).toBytes()),
                new Codec("MaskedInput", mi.toBytes(), MaskedInput::fromBytes, m -> ((MaskedInput) m).toBytes()),
                new Codec("UnmaskRequest", ur.toBytes(), UnmaskRequest::fromBytes, m -> ((UnmaskRequest) m).toBytes()),
                new Codec("UnmaskResponse", rs.toBytes(), UnmaskResponse::fromBytes, m -> ((UnmaskResponse) m).toBytes()));
    }

    @Test
    void everyMessageRoundTrips() {
        for (Codec c : codecs()) {
            assertArrayEquals(c.valid(), c.write().apply(c.parse().apply(c.valid())), c.name());
        }
    }

    @Test
    void nullEmptyTruncatedAndExtendedInputsAreIllegalArguments() {
        for (Codec c : codecs()) {
            assertThrows(IllegalArgumentException.class, () -> c.parse().apply(null), c.name());
            for (int len = 0; len < c.valid().length; len++) {
                byte[] cut = java.util.Arrays.copyOf(c.valid(), len);
                assertThrows(IllegalArgumentException.class, () -> c.parse().apply(cut), c.name() + " cut at " + len);
            }
            byte[] longer = java.util.Arrays.copyOf(c.valid(), c.valid().length + 1);
            assertThrows(IllegalArgumentException.class, () -> c.parse().apply(longer), c.name() + " trailing byte");
        }
    }

    @Test
    void everySingleByteCorruptionParsesOrIsAnIllegalArgument() {
        for (Codec c : codecs()) {
            for (int i = 0; i < c.valid().length; i++) {
                for (int flip : new int[] {0x01, 0x80, 0xff}) {
                    byte[] bad = c.valid().clone();
                    bad[i] ^= (byte) flip;
                    parsesOrRejects(c, bad, "byte " + i + " ^ " + flip);
                }
            }
        }
    }

    @Test
    void hostileCountsAndGarbageAreIllegalArguments() {
        SplittableRandom rng = new SplittableRandom(2);
        for (Codec c : codecs()) {
            for (int count : new int[] {-1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 28}) {
                for (int at = 4; at + 4 <= c.valid().length; at += 4) {
                    byte[] bad = c.valid().clone();
                    ByteBuffer.wrap(bad).putInt(at, count);
                    parsesOrRejects(c, bad, "int " + count + " at " + at);
                }
            }
            for (int rep = 0; rep < 500; rep++) {
                byte[] garbage = bytes(rng, rng.nextInt(0, 600));
                if (garbage.length >= 4 && rng.nextBoolean()) {
                    System.arraycopy(c.valid(), 0, garbage, 0, 4); // right header, garbage body
                }
                parsesOrRejects(c, garbage, "garbage " + rep);
            }
            for (Codec other : codecs()) {
                if (other != c && !other.name().equals(c.name())) {
                    assertThrows(IllegalArgumentException.class, () -> c.parse().apply(other.valid()),
                            other.name() + " parsed as " + c.name());
                }
            }
        }
    }

    @Test
    void semanticallyInvalidMessagesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AdvertiseKeys(-1, new byte[32], new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> new ShareCiphertexts(2, new TreeMap<>(Map.of(2, new byte[ShareCipher.CIPHERTEXT_BYTES]))));
        assertThrows(IllegalArgumentException.class, () -> new UnmaskResponse(1, new TreeMap<>(Map.of(2, BigInteger.ONE)),
                new TreeMap<>(Map.of(2, BigInteger.ONE)))); // both secrets of client 2
        byte[] dupIds = new UnmaskRequest(new TreeSet<>(List.of(1, 2)), new TreeSet<>()).toBytes();
        ByteBuffer.wrap(dupIds).putInt(12, 1); // survivors 1, 1: not strictly ascending
        assertThrows(IllegalArgumentException.class, () -> UnmaskRequest.fromBytes(dupIds));
    }

    private static void parsesOrRejects(Codec c, byte[] bytes, String what) {
        try {
            Object m = c.parse().apply(bytes);
            assertTrue(m != null, c.name() + " " + what);
        } catch (IllegalArgumentException expected) {
            // the one allowed failure
        } catch (RuntimeException | Error e) {
            fail(c.name() + " " + what + " threw " + e, e);
        }
    }

    private static byte[] bytes(SplittableRandom rng, int n) {
        byte[] b = new byte[n];
        rng.nextBytes(b);
        return b;
    }
}
