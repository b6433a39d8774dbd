package org.veil.federated.secagg;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.veil.core.run.Randomness;

/**
 * The SecAgg+ communication graph (Bell et al. 2020, §3: each client secret-shares with and masks against
 * only its neighbours in a random graph of degree k = O(log n)): a Harary graph H_{k,n} on a ring of n
 * positions (Harary 1962: position i joined to i ± 1 … ± ⌊k/2⌋, plus the diametric position when k is odd)
 * with clients assigned to positions by a random permutation drawn from a public seed. For even k this is
 * the graph of the Flower SecAgg+ workflow (adap/flower {@code secaggplus_workflow.py}: shuffled node ids,
 * ring offsets −k/2 … k/2; Flower forces even k and also counts the client itself as a share holder, which
 * Veil does not). k = n − 1 gives the complete graph of Bonawitz et al. 2017.
 *
 * <p>Degrees are exactly k, except when both k and n are odd, where one client has k + 1 (a k-regular graph
 * on an odd number of vertices does not exist for odd k). The graph is symmetric and a pure function of
 * (seed, n, k): every party derives the same graph. Immutable and thread-safe.
 */
public final class NeighbourGraph {

    private final int[][] neighbours;

    /**
     * @param seed       public seed (e.g. chosen by the server for the round after the cohort is fixed)
     * @param numClients n ≥ 2
     * @param degree     k in 1 … n − 1
     */
    public NeighbourGraph(long seed, int numClients, int degree) {
        if (numClients < 2 || degree < 1 || degree > numClients - 1) {
            throw new IllegalArgumentException("numClients=" + numClients + ", degree=" + degree
                    + ", allowed: numClients >= 2 and degree in 1 … numClients - 1");
        }
        int n = numClients;
        int[] clientAt = new int[n];
        Arrays.setAll(clientAt, i -> i);
        Randomness.shuffle(clientAt, new SplittableRandom(seed)); // random relabelling (Bell et al. 2020, §3)
        @SuppressWarnings("unchecked")
        TreeSet<Integer>[] adj = new TreeSet[n];
        Arrays.setAll(adj, i -> new TreeSet<Integer>());
        for (int i = 0; i < n; i++) {
            for (int d = 1; d <= degree / 2; d++) {
                link(adj, clientAt[i], clientAt[(i + d) % n]); // Harary: ring distance ≤ ⌊k/2⌋
            }
        }
        if (degree % 2 == 1) {
            int half = n % 2 == 0 ? n / 2 : (n + 1) / 2;
            int last = n % 2 == 0 ? n / 2 - 1 : (n - 1) / 2;
            for (int i = 0; i <= last; i++) {
                link(adj, clientAt[i], clientAt[(i + half) % n]); // Harary, odd k: diametric chords
            }
        }
        neighbours = new int[n][];
        for (int u = 0; u < n; u++) {
            neighbours[u] = adj[u].stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The graph a round's configuration asks for. */
    public static NeighbourGraph of(SecAggConfig config, long seed) {
        return new NeighbourGraph(seed, config.numClients(), config.neighbourDegree());
    }

    /** Number of clients n. */
    public int numClients() {
        return neighbours.length;
    }

    /** Neighbours of client u, ascending, never containing u. */
    public int[] neighbours(int u) {
        return neighbours[check(u)].clone();
    }

    /** Whether u and v are neighbours (symmetric). */
    public boolean areNeighbours(int u, int v) {
        return Arrays.binarySearch(neighbours[check(u)], check(v)) >= 0;
    }

    /** Degree of client u. */
    public int degree(int u) {
        return neighbours[check(u)].length;
    }

    private int check(int u) {
        if (u < 0 || u >= neighbours.length) {
            throw new IllegalArgumentException("client=" + u + ", allowed: 0 … " + (neighbours.length - 1));
        }
        return u;
    }

    private static void link(TreeSet<Integer>[] adj, int a, int b) {
        adj[a].add(b);
        adj[b].add(a);
    }
}
