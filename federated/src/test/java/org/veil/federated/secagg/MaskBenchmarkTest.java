package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Measures, prints and sanity-checks the masking cost. The rate bound (≥ 20M words/s on one thread) is the
 * project's target; AES-CTR with AES-NI runs an order of magnitude faster, so the bound holds on a loaded
 * machine too.
 */
class MaskBenchmarkTest {

    @Test
    void prgExpandsAtLeastTwentyMillionWordsPerSecond() {
        MaskBenchmark.PrgThroughput t = MaskBenchmark.prgThroughput(1 << 20, 16);
        System.out.printf("SecAgg PRG (AES-256-CTR): %.1f M words/s on one thread (fastest of 16 passes: %d words in %.2f ms)%n",
                t.wordsPerSecond() / 1e6, t.words(), t.nanos() / 1e6);
        assertTrue(t.wordsPerSecond() >= 20e6, "PRG rate " + t.wordsPerSecond());
    }

    @Test
    void roundCostIsMeasuredAndTheSumChecked() {
        SecAggConfig[] configs = { // small, to keep the suite fast; docs/federated-secagg.md has larger runs
            SecAggConfig.completeGraph(10, 6, 50_000, 1 << 16, 1.0),
            new SecAggConfig(16, 4, 6, 50_000, 1 << 16, 1.0),
        };
        for (SecAggConfig c : configs) {
            for (int dropouts : new int[] {1}) {
                MaskBenchmark.RoundCost r = MaskBenchmark.roundCost(c, dropouts, 9, SecAggFixtures.seeded(9));
                System.out.printf("SecAgg round n=%d k=%d d=%d dropouts=%d: client mask %.1f ms, server unmask %.1f ms,"
                                + " plain sum %.2f ms%n", r.numClients(), r.neighbourDegree(), r.vectorLength(),
                        r.dropouts(), r.clientMaskMillis(), r.serverUnmaskMillis(), r.plainSumMillis());
                assertTrue(r.clientMaskMillis() > 0 && r.serverUnmaskMillis() > 0);
            }
        }
    }
}
