package org.veil.federated.secagg;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * t-out-of-m Shamir secret sharing (Shamir 1979, "How to Share a Secret", CACM 22(11)) of 32-byte secrets
 * over the prime field GF(p), p = 2^521 − 1 (a Mersenne prime), as used for b_u and s_u^SK in Bonawitz et
 * al. 2017, §3.1 / Fig. 4 round 1 ("SS.share(b_u, t, U_1)"). A share is the pair (x, f(x)) with x ≥ 1 the
 * holder's evaluation point; f has degree t − 1 and f(0) = secret.
 *
 * <p>Because p exceeds the secret space 2^256, reconstruction rejects a value ≥ 2^256, and with more than
 * t shares it checks that every extra share lies on the polynomial interpolated through the first t, so
 * inconsistent shares raise {@link IllegalArgumentException} instead of yielding a wrong secret. One honest
 * extra share suffices to expose any single wrong share among the t used: two distinct polynomials of
 * degree &lt; t that agree on the t − 1 honest points differ at every other point. Cost: one modular
 * inverse and O(t) multiplications per share, O(t·(m − t)) for m shares.
 *
 * <p>Stateless and thread-safe; {@link #share} draws the t − 1 coefficients from the given {@link SecureRandom}.
 */
public final class ShamirSharing {

    /** The field modulus p = 2^521 − 1. */
    public static final BigInteger PRIME = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
    /** Fixed width of a field element on the wire: ⌈521 / 8⌉. */
    public static final int ELEMENT_BYTES = 66;
    /** Secrets are 32-byte strings (seeds b_u, X25519 scalars s_u^SK). */
    public static final int SECRET_BYTES = 32;
    private static final BigInteger SECRET_BOUND = BigInteger.ONE.shiftLeft(8 * SECRET_BYTES);

    private ShamirSharing() {
    }

    /**
     * Shares {@code secret} t-out-of-|xs|: returns x ↦ f(x) for every evaluation point in {@code xs}.
     *
     * @param xs distinct evaluation points, each ≥ 1 (x = 0 would be the secret itself)
     */
    public static SortedMap<Integer, BigInteger> share(byte[] secret, int threshold, int[] xs, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        if (secret == null || secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("secret.length=" + (secret == null ? "null" : secret.length)
                    + ", allowed: " + SECRET_BYTES);
        }
        if (threshold < 1 || threshold > xs.length) {
            throw new IllegalArgumentException("threshold=" + threshold + ", allowed: 1 … " + xs.length + " (shares)");
        }
        BigInteger[] coeff = new BigInteger[threshold];
        coeff[0] = new BigInteger(1, secret); // f(0) = secret (Shamir 1979)
        for (int i = 1; i < threshold; i++) {
            coeff[i] = new BigInteger(PRIME.bitLength(), random).mod(PRIME); // a_i uniform in GF(p) (Shamir 1979)
        }
        SortedMap<Integer, BigInteger> shares = new TreeMap<>();
        for (int x : xs) {
            if (x < 1 || shares.containsKey(x)) {
                throw new IllegalArgumentException("xs contains " + x + ", allowed: distinct values >= 1");
            }
            BigInteger bx = BigInteger.valueOf(x);
            BigInteger y = BigInteger.ZERO;
            for (int i = threshold - 1; i >= 0; i--) {
                y = y.multiply(bx).add(coeff[i]).mod(PRIME); // Horner: f(x) = a_0 + x(a_1 + x(…))
            }
            shares.put(x, y);
        }
        return shares;
    }

    /**
     * The secret f(0) from at least {@code threshold} shares (Lagrange interpolation, Shamir 1979).
     *
     * @throws IllegalArgumentException if fewer than t shares, an x &lt; 1 or y ∉ [0, p), or the shares are
     *                                  inconsistent (extra share off the polynomial, or f(0) ≥ 2^256)
     */
    public static byte[] reconstruct(Map<Integer, BigInteger> shares, int threshold) {
        Objects.requireNonNull(shares, "shares");
        if (threshold < 1 || shares.size() < threshold) {
            throw new IllegalArgumentException("shares=" + shares.size() + ", allowed: >= threshold=" + threshold);
        }
        List<Integer> xs = new ArrayList<>(new TreeMap<>(shares).keySet());
        for (int x : xs) {
            BigInteger y = shares.get(x);
            if (x < 1 || y == null || y.signum() < 0 || y.compareTo(PRIME) >= 0) {
                throw new IllegalArgumentException("share x=" + x + ", allowed: x >= 1 and y in [0, p)");
            }
        }
        Interpolation base = new Interpolation(xs.subList(0, threshold), shares);
        for (int x : xs.subList(threshold, xs.size())) {
            if (!base.at(BigInteger.valueOf(x)).equals(shares.get(x))) {
                throw new IllegalArgumentException("share x=" + x + " is inconsistent with the other shares");
            }
        }
        BigInteger secret = base.at(BigInteger.ZERO);
        if (secret.compareTo(SECRET_BOUND) >= 0) {
            throw new IllegalArgumentException("shares interpolate to a value >= 2^256: inconsistent shares");
        }
        byte[] be = secret.toByteArray();
        byte[] out = new byte[SECRET_BYTES];
        int n = Math.min(be.length, SECRET_BYTES);
        System.arraycopy(be, be.length - n, out, SECRET_BYTES - n, n);
        return out;
    }

    /** A field element as exactly {@link #ELEMENT_BYTES} big-endian bytes. */
    public static byte[] encodeElement(BigInteger y) {
        if (y.signum() < 0 || y.compareTo(PRIME) >= 0) {
            throw new IllegalArgumentException("y outside [0, p)");
        }
        byte[] be = y.toByteArray();
        byte[] out = new byte[ELEMENT_BYTES];
        int n = Math.min(be.length, ELEMENT_BYTES);
        System.arraycopy(be, be.length - n, out, ELEMENT_BYTES - n, n);
        return out;
    }

    /** Parses {@link #encodeElement}; rejects values ≥ p. */
    public static BigInteger decodeElement(byte[] bytes) {
        if (bytes == null || bytes.length != ELEMENT_BYTES) {
            throw new IllegalArgumentException("field element must be " + ELEMENT_BYTES + " bytes");
        }
        BigInteger y = new BigInteger(1, bytes);
        if (y.compareTo(PRIME) >= 0) {
            throw new IllegalArgumentException("field element >= p = 2^521 - 1");
        }
        return y;
    }

    /** Lagrange form through t points: L(z) = Σ_i y_i Π_{j≠i} (z − x_j)/(x_i − x_j) (Shamir 1979). */
    private static final class Interpolation {
        private final BigInteger[] x;
        private final BigInteger[] weightedY; // y_i / Π_{j≠i}(x_i − x_j)

        Interpolation(List<Integer> xs, Map<Integer, BigInteger> shares) {
            int t = xs.size();
            x = new BigInteger[t];
            weightedY = new BigInteger[t];
            for (int i = 0; i < t; i++) {
                x[i] = BigInteger.valueOf(xs.get(i));
            }
            BigInteger[] den = new BigInteger[t];
            for (int i = 0; i < t; i++) {
                BigInteger d = BigInteger.ONE;
                for (int j = 0; j < t; j++) {
                    if (j != i) {
                        d = d.multiply(x[i].subtract(x[j])); // exact: a product of small integers
                    }
                }
                den[i] = d.mod(PRIME);
            }
            BigInteger[] inv = batchInverse(den);
            for (int i = 0; i < t; i++) {
                weightedY[i] = shares.get(xs.get(i)).multiply(inv[i]).mod(PRIME);
            }
        }

        /** All inverses with one modInverse (Montgomery's trick: prefix products, then back-substitution). */
        private static BigInteger[] batchInverse(BigInteger[] a) {
            int t = a.length;
            BigInteger[] prefix = new BigInteger[t + 1];
            prefix[0] = BigInteger.ONE;
            for (int i = 0; i < t; i++) {
                prefix[i + 1] = prefix[i].multiply(a[i]).mod(PRIME);
            }
            BigInteger inv = prefix[t].modInverse(PRIME); // (a_0 ⋯ a_{t−1})^{-1}
            BigInteger[] out = new BigInteger[t];
            for (int i = t - 1; i >= 0; i--) {
                out[i] = inv.multiply(prefix[i]).mod(PRIME); // a_i^{-1} = (a_0 ⋯ a_i)^{-1} · (a_0 ⋯ a_{i−1})
                inv = inv.multiply(a[i]).mod(PRIME);
            }
            return out;
        }

        BigInteger at(BigInteger z) {
            int t = x.length;
            BigInteger[] suffix = new BigInteger[t + 1]; // suffix[i] = Π_{j>=i} (z − x_j)
            suffix[t] = BigInteger.ONE;
            for (int j = t - 1; j >= 0; j--) {
                suffix[j] = suffix[j + 1].multiply(z.subtract(x[j])).mod(PRIME);
            }
            BigInteger prefix = BigInteger.ONE;
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < t; i++) {
                sum = sum.add(weightedY[i].multiply(prefix.multiply(suffix[i + 1]).mod(PRIME))); // Π_{j≠i}(z − x_j)
                prefix = prefix.multiply(z.subtract(x[i])).mod(PRIME);
            }
            return sum.mod(PRIME);
        }
    }
}
