package org.veil.federated.secagg;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Shared test inputs: reproducible "secure" randomness, synthetic encoded inputs, hex. */
final class SecAggFixtures {

    private SecAggFixtures() {
    }

    /** SHA1PRNG seeded before first use is deterministic: reproducible keys in tests only. */
    static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** n × d inputs uniform in [−⌊maxAbsInput·scale⌋, ⌊maxAbsInput·scale⌋]. */
    static int[][] inputs(SecAggConfig config, long seed) {
        int bound = (int) Math.floor(config.maxAbsInput() * config.scale());
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] x = new int[config.numClients()][config.vectorLength()];
        for (int[] row : x) {
            for (int i = 0; i < row.length; i++) {
                row[i] = rng.nextInt(-bound, bound + 1);
            }
        }
        return x;
    }

    /** Σ_{u ∈ clients} x_u with long arithmetic, checked to fit an int (the oracle for the secure sum). */
    static int[] plainSum(int[][] x, Iterable<Integer> clients) {
        long[] s = new long[x[0].length];
        for (int u : clients) {
            for (int i = 0; i < s.length; i++) {
                s[i] += x[u][i];
            }
        }
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Math.toIntExact(s[i]);
        }
        return out;
    }

    static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }
}
