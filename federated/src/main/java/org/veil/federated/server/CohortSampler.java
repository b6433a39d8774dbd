package org.veil.federated.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses a round's cohort. Without DP: {@code count} clients uniformly without replacement among
 * those connected now (McMahan et al. 2017, Alg. 1: "S_t ← random set of m clients"). With DP:
 * every member of the whole population independently with probability q (Poisson sampling, what
 * the subsampled-Gaussian analysis assumes; McMahan et al. 2018, Alg. 1); sampled clients that are
 * not connected simply send nothing.
 *
 * <p>Thread safety: stateless. Randomness: only the generator passed in.
 */
public final class CohortSampler {

    private CohortSampler() {
    }

    /** {@code min(count, candidates)} distinct candidates, sorted by id for reproducible logs. */
    public static List<String> uniform(List<String> candidates, int count, RandomGenerator random) {
        List<String> pool = new ArrayList<>(candidates);
        Collections.sort(pool); // the result must not depend on the order sessions were created in
        int k = Math.min(count, pool.size());
        for (int i = 0; i < k; i++) {
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i)); // partial Fisher-Yates
        }
        List<String> chosen = new ArrayList<>(pool.subList(0, k));
        Collections.sort(chosen);
        return chosen;
    }

    /** Each population member independently with probability {@code q}. */
    public static List<String> poisson(List<String> population, double q, RandomGenerator random) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("sampleRate=" + q + ", allowed: (0, 1]");
        }
        List<String> sorted = new ArrayList<>(population);
        Collections.sort(sorted);
        List<String> chosen = new ArrayList<>();
        for (String id : sorted) {
            if (random.nextDouble() < q) {
                chosen.add(id);
            }
        }
        return chosen;
    }
}
