package org.veil.federated.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.veil.core.run.Randomness;

/**
 * Splits row indices over clients. Every client gets at least one row (a row is moved from the
 * largest client to any empty one), so N may not exceed the number of rows.
 *
 * <p>Thread safety: stateless. Randomness: everything comes from the generator passed in.
 */
public final class Partitioner {

    private Partitioner() {
    }

    /**
     * Row indices of each client.
     *
     * @param labels  class of each row
     * @param classes number of classes
     * @param clients N, in [1, rows]
     * @param scheme  IID or Dirichlet
     * @param random  the generator
     */
    public static int[][] split(int[] labels, int classes, int clients, PartitionScheme scheme,
            SplittableRandom random) {
        if (clients < 1 || clients > labels.length) {
            throw new IllegalArgumentException("clients=" + clients + ", allowed: [1, " + labels.length
                    + "] (one row each at least)");
        }
        List<List<Integer>> parts = scheme instanceof PartitionScheme.Dirichlet d
                ? dirichlet(labels, classes, clients, d.alpha(), random) : iid(labels.length, clients, random);
        fillEmpty(parts);
        int[][] out = new int[clients][];
        for (int c = 0; c < clients; c++) {
            out[c] = parts.get(c).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    private static List<List<Integer>> iid(int rows, int clients, SplittableRandom random) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        Randomness.shuffle(order, random);
        List<List<Integer>> parts = empty(clients);
        for (int i = 0; i < rows; i++) {
            parts.get(i % clients).add(order[i]); // McMahan et al. 2017, §3: equal shares
        }
        return parts;
    }

    private static List<List<Integer>> dirichlet(int[] labels, int classes, int clients, double alpha,
            SplittableRandom random) {
        List<List<Integer>> parts = empty(clients);
        GammaDistribution gamma = new GammaDistribution(new Well19937c(random.nextInt()), alpha, 1.0);
        for (int c = 0; c < classes; c++) {
            final int cls = c;
            int[] rows = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == cls).toArray();
            Randomness.shuffle(rows, random);
            double[] p = new double[clients];
            double total = 0;
            for (int k = 0; k < clients; k++) {
                p[k] = gamma.sample();                              // Dir(alpha) as normalised Gamma(alpha, 1)
                total += p[k];
            }
            int from = 0;
            double cum = 0;
            for (int k = 0; k < clients; k++) {
                cum += p[k] / total;
                int to = k == clients - 1 ? rows.length : (int) Math.round(cum * rows.length);
                for (int i = from; i < Math.max(from, to); i++) {
                    parts.get(k).add(rows[i]);
                }
                from = Math.max(from, to);
            }
        }
        return parts;
    }

    private static void fillEmpty(List<List<Integer>> parts) {
        for (List<Integer> part : parts) {
            if (part.isEmpty()) {
                List<Integer> largest = parts.get(0);
                for (List<Integer> p : parts) {
                    if (p.size() > largest.size()) {
                        largest = p;
                    }
                }
                part.add(largest.remove(largest.size() - 1));
            }
        }
    }

    private static List<List<Integer>> empty(int clients) {
        List<List<Integer>> parts = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            parts.add(new ArrayList<>());
        }
        return parts;
    }

    /** Rows per client (for logs and records). */
    public static int[] sizes(int[][] parts) {
        return Arrays.stream(parts).mapToInt(p -> p.length).toArray();
    }
}
