package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/** Shamir 1979 over GF(2^521 − 1): threshold reconstruction, secrecy below t, rejection of bad shares. */
class ShamirSharingTest {

    private static final int[] XS = {1, 2, 3, 4, 5, 6};

    @Test
    void everySubsetOfAtLeastTSharesReconstructs() {
        SecureRandom random = SecAggFixtures.seeded(11);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        SortedMap<Integer, BigInteger> shares = ShamirSharing.share(secret, 3, XS, random);
        int checked = 0;
        for (int mask = 0; mask < 1 << XS.length; mask++) {
            if (Integer.bitCount(mask) < 3) {
                continue;
            }
            Map<Integer, BigInteger> subset = new TreeMap<>();
            for (int i = 0; i < XS.length; i++) {
                if ((mask >> i & 1) == 1) {
                    subset.put(XS[i], shares.get(XS[i]));
                }
            }
            assertArrayEquals(secret, ShamirSharing.reconstruct(subset, 3), "subset " + subset.keySet());
            checked++;
        }
        assertEquals(42, checked); // C(6,3)+C(6,4)+C(6,5)+C(6,6)
    }

    @Test
    void fewerThanTSharesAreRefused() {
        SortedMap<Integer, BigInteger> shares = ShamirSharing.share(new byte[32], 3, XS, SecAggFixtures.seeded(1));
        Map<Integer, BigInteger> two = new TreeMap<>(shares.headMap(3));
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.reconstruct(two, 3));
    }

    @Test
    void tMinusOneSharesAreUniformWhateverTheSecret() {
        // Perfect secrecy (Shamir 1979): with t = 3, the shares at x = 1 and x = 2 are uniform and independent
        // of the secret. Share an all-zero and an all-0xff secret 4096 times each and test the low byte of
        // f(1) + f(2) (mod 256) for uniformity; a scheme leaking the secret into shares would fail.
        SecureRandom random = SecAggFixtures.seeded(5);
        double critical = new ChiSquaredDistribution(255).inverseCumulativeProbability(1 - 1e-6);
        for (byte fill : new byte[] {0, (byte) 0xff}) {
            byte[] secret = new byte[32];
            Arrays.fill(secret, fill);
            long[] counts = new long[256];
            for (int rep = 0; rep < 4096; rep++) {
                SortedMap<Integer, BigInteger> s = ShamirSharing.share(secret, 3, new int[] {1, 2, 3}, random);
                counts[(s.get(1).intValue() + s.get(2).intValue()) & 0xff]++;
            }
            double chi2 = 0;
            for (long c : counts) {
                chi2 += (c - 16.0) * (c - 16.0) / 16.0;
            }
            assertTrue(chi2 < critical, "secret fill " + fill + ": chi2=" + chi2 + " >= " + critical);
        }
    }

    @Test
    void anySecretIsConsistentWithTMinusOneShares() {
        // For the t − 1 = 2 observed shares f(1), f(2) and ANY candidate secret s', the quadratic through
        // (0, s'), (1, f(1)), (2, f(2)) exists; its value at 3 is g(3) = s' − 3·f(1) + 3·f(2) (Lagrange weights
        // at x = 3 for nodes 0, 1, 2 are 1, −3, 3). Completing the observed shares with g(3) must reconstruct s'.
        SortedMap<Integer, BigInteger> shares = ShamirSharing.share(new byte[32], 3, XS, SecAggFixtures.seeded(3));
        BigInteger y1 = shares.get(1);
        BigInteger y2 = shares.get(2);
        for (byte fill : new byte[] {0, 0x5a, (byte) 0xff}) {
            byte[] candidate = new byte[32];
            Arrays.fill(candidate, fill);
            BigInteger three = BigInteger.valueOf(3);
            BigInteger g3 = new BigInteger(1, candidate).subtract(three.multiply(y1)).add(three.multiply(y2))
                    .mod(ShamirSharing.PRIME);
            Map<Integer, BigInteger> completed = new TreeMap<>(Map.of(1, y1, 2, y2, 3, g3));
            assertArrayEquals(candidate, ShamirSharing.reconstruct(completed, 3), "candidate fill " + fill);
        }
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.reconstruct(Map.of(1, y1, 2, y2), 3));
    }

    @Test
    void alteredShareAmongMoreThanTIsDetected() {
        SortedMap<Integer, BigInteger> shares = ShamirSharing.share(new byte[32], 3, XS, SecAggFixtures.seeded(2));
        for (int x : XS) {
            Map<Integer, BigInteger> bad = new TreeMap<>(shares);
            bad.put(x, bad.get(x).add(BigInteger.ONE).mod(ShamirSharing.PRIME));
            assertThrows(IllegalArgumentException.class, () -> ShamirSharing.reconstruct(bad, 3), "x=" + x);
        }
    }

    @Test
    void randomlyCorruptedShareAmongExactlyTLandsOutsideTheSecretRange() {
        SecureRandom random = SecAggFixtures.seeded(4);
        SortedMap<Integer, BigInteger> shares = ShamirSharing.share(new byte[32], 3, new int[] {1, 2, 3}, random);
        Map<Integer, BigInteger> bad = new TreeMap<>(shares);
        bad.put(2, new BigInteger(520, random)); // garbage: f(0) lands in [0, 2^256) with probability 2^-265
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.reconstruct(bad, 3));
    }

    @Test
    void malformedInputsAreRejected() {
        SecureRandom random = SecAggFixtures.seeded(6);
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.share(new byte[31], 2, XS, random));
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.share(new byte[32], 7, XS, random));
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.share(new byte[32], 2, new int[] {0, 1}, random));
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.share(new byte[32], 2, new int[] {2, 2}, random));
        Map<Integer, BigInteger> outOfField = new TreeMap<>(Map.of(1, ShamirSharing.PRIME, 2, BigInteger.ONE));
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.reconstruct(outOfField, 2));
        Map<Integer, BigInteger> zeroX = new TreeMap<>(Map.of(0, BigInteger.ONE, 2, BigInteger.ONE));
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.reconstruct(zeroX, 2));
        byte[] tooBig = ShamirSharing.PRIME.toByteArray(); // 66 bytes, value = p
        assertThrows(IllegalArgumentException.class, () -> ShamirSharing.decodeElement(tooBig));
        assertEquals(BigInteger.TEN, ShamirSharing.decodeElement(ShamirSharing.encodeElement(BigInteger.TEN)));
    }
}
