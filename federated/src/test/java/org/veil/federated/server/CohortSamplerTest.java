package org.veil.federated.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CohortSamplerTest {

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.format("c%03d", i));
        }
        return out;
    }

    @Test
    void uniformPicksDistinctClientsIndependentlyOfTheirOrder() {
        List<String> pool = ids(50);
        List<String> a = CohortSampler.uniform(pool, 10, new SplittableRandom(3));
        List<String> reversed = new ArrayList<>(pool);
        java.util.Collections.reverse(reversed);
        assertEquals(a, CohortSampler.uniform(reversed, 10, new SplittableRandom(3)));
        assertEquals(10, new HashSet<>(a).size());
        assertEquals(5, CohortSampler.uniform(ids(5), 10, new SplittableRandom(3)).size());
        // every client is chosen with probability 10/50 = 0.2: over 2000 draws each count is ~400 +- 18
        int[] counts = new int[50];
        SplittableRandom r = new SplittableRandom(4);
        for (int k = 0; k < 2000; k++) {
            for (String id : CohortSampler.uniform(pool, 10, r)) {
                counts[Integer.parseInt(id.substring(1))]++;
            }
        }
        for (int c : counts) {
            assertTrue(c > 320 && c < 480, "count " + c);
        }
    }

    @Test
    void poissonIncludesEachMemberWithProbabilityQ() {
        List<String> pop = ids(1000);
        SplittableRandom r = new SplittableRandom(5);
        long total = 0;
        for (int k = 0; k < 200; k++) {
            total += CohortSampler.poisson(pop, 0.1, r).size();
        }
        double mean = total / 200.0; // expected 100, sd of the mean sqrt(90/200) = 0.67
        assertEquals(100, mean, 3);
    }
}
