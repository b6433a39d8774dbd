package org.veil.federated.secagg;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures the cost of masking: the PRG's rate in 32-bit words per second on one thread, and one whole
 * round's client masking and server unmasking time against a plain sum of the same vectors (the overhead
 * SecAgg adds over unprotected FedAvg aggregation; cf. Bonawitz et al. 2017, §7, and Bell et al. 2020, §6).
 * Returns records; prints nothing. Single-threaded; timings use {@link System#nanoTime()}.
 */
public final class MaskBenchmark {

    private MaskBenchmark() {
    }

    /**
     * Expands {@code words} PRG words {@code repetitions} times on this thread, after as many warm-up passes, and
     * reports the fastest pass: the minimum is the estimate least disturbed by other load on the machine.
     */
    public static PrgThroughput prgThroughput(int words, int repetitions) {
        if (words < 1 || repetitions < 1) {
            throw new IllegalArgumentException("words=" + words + ", repetitions=" + repetitions + ", allowed: >= 1");
        }
        int[] acc = new int[words];
        byte[] seed = new byte[MaskPrg.SEED_BYTES];
        for (int r = 0; r < repetitions; r++) {
            MaskPrg.accumulate(acc, seed, 1); // warm-up: the AES-CTR intrinsic needs C2 to compile the cipher loop
        }
        long best = Long.MAX_VALUE;
        for (int r = 0; r < repetitions; r++) {
            seed[0] = (byte) (r + 1);
            long t0 = System.nanoTime();
            MaskPrg.accumulate(acc, seed, 1);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return new PrgThroughput(words, best, acc[words - 1]);
    }

    /**
     * Runs one round of {@code config} with {@code dropouts} clients (ids 0 …) silent from round 2 on, and
     * times a plain sum of the same inputs for comparison. The round runs twice; the second, warm run is
     * reported.
     *
     * @param inputSeed seed of the synthetic inputs (uniform in the allowed fixed-point range)
     */
    public static RoundCost roundCost(SecAggConfig config, int dropouts, long inputSeed, SecureRandom random) {
        if (dropouts < 0 || dropouts > config.maxDropouts()) {
            throw new IllegalArgumentException("dropouts=" + dropouts + ", allowed: 0 … maxDropouts=" + config.maxDropouts());
        }
        int bound = (int) Math.floor(config.maxAbsInput() * config.scale());
        SplittableRandom rng = new SplittableRandom(inputSeed);
        int[][] inputs = new int[config.numClients()][config.vectorLength()];
        for (int[] x : inputs) {
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextInt(-bound, bound + 1);
            }
        }
        int[] drop = new int[dropouts];
        Arrays.setAll(drop, i -> i);
        DropoutSchedule schedule = DropoutSchedule.none().and(2, drop);
        LocalSecAggRound.run(config, inputSeed, inputs, schedule, random); // warm-up: JIT, AES and XDH providers
        LocalSecAggRound.Result r = LocalSecAggRound.run(config, inputSeed, inputs, schedule, random);
        long t0 = System.nanoTime();
        int[] plain = new int[config.vectorLength()];
        for (int u : r.survivors()) {
            for (int i = 0; i < plain.length; i++) {
                plain[i] += inputs[u][i];
            }
        }
        long plainNanos = System.nanoTime() - t0;
        if (!Arrays.equals(plain, r.sum())) {
            throw new IllegalStateException("secure sum differs from the plain sum");
        }
        return new RoundCost(config.numClients(), config.neighbourDegree(), config.vectorLength(), dropouts,
                r.meanClientMaskNanos() / 1e6, r.serverUnmaskNanos() / 1e6, plainNanos / 1e6);
    }

    /**
     * PRG rate on one thread.
     *
     * @param words    words expanded in one pass
     * @param nanos    time of the fastest pass
     * @param checksum a word of the output, so the work cannot be optimised away
     */
    public record PrgThroughput(long words, long nanos, int checksum) {
        /** Words per second. */
        public double wordsPerSecond() {
            return words * 1e9 / Math.max(1, nanos);
        }
    }

    /**
     * One round's cost, single-threaded.
     *
     * @param numClients        n
     * @param neighbourDegree   k
     * @param vectorLength      d
     * @param dropouts          clients silent from round 2 on
     * @param clientMaskMillis  mean time of one client's round 2 (share decryption, k agreements, k + 1 PRG streams)
     * @param serverUnmaskMillis server's reconstruction and unmasking, including the sum of the masked vectors
     * @param plainSumMillis    summing the survivors' plain vectors, the unprotected baseline
     */
    public record RoundCost(int numClients, int neighbourDegree, int vectorLength, int dropouts,
                            double clientMaskMillis, double serverUnmaskMillis, double plainSumMillis) {
    }
}
