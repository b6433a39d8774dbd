package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Wall-clock time of each rule for n = 100 clients × d = 10⁶ parameters (400 MB of float deltas),
 * serial and parallel; prints one line per rule (median of 3 runs after one warm-up) for
 * docs/federated-aggregation.md. Slow: run with
 * {@code mvn -B -q -pl federated -am test -Pslow -Dtest=AggregationTimingTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class AggregationTimingTest {
    private static final int N = 100;
    private static final int D = 1_000_000;

    @Test
    void timesEveryRuleAtOneHundredClientsAndOneMillionParameters() {
        Random rng = new Random(12);
        List<ClientUpdate> updates = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            float[] delta = new float[D];
            for (int j = 0; j < D; j++) {
                delta[j] = (float) rng.nextGaussian();
            }
            updates.add(new ClientUpdate("c" + i, delta, 1 + i));
        }
        List<AggregationRule> rules = List.of(new FedAvgOptions(), new MedianOptions(), new TrimmedMeanOptions(0.1),
                new KrumOptions(10, 1), new KrumOptions(10, 90));
        System.out.println("cores=" + Runtime.getRuntime().availableProcessors() + " n=" + N + " d=" + D);
        for (AggregationRule rule : rules) {
            double[] serialResult = null;
            for (boolean parallel : new boolean[] {false, true}) {
                Aggregator aggregator = rule.create(parallel);
                double[] result = aggregator.aggregate(updates); // warm-up
                long[] nanos = new long[3];
                for (int r = 0; r < nanos.length; r++) {
                    long start = System.nanoTime();
                    result = aggregator.aggregate(updates);
                    nanos[r] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("TIMING %s %s parallel=%s: median %.3f s (min %.3f s)%n", rule.name(), rule,
                        parallel, nanos[1] / 1e9, nanos[0] / 1e9);
                if (serialResult == null) {
                    serialResult = result;
                } else {
                    assertEquals(Arrays.hashCode(serialResult), Arrays.hashCode(result), "parallel = serial");
                }
            }
        }
    }
}
