package org.veil.federated.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Builds client-update lists for the aggregation tests, and the slow obvious rules they are checked against. */
final class TestUpdates {
    private TestUpdates() {
    }

    /** Clients c0, c1, ... with these rows and weight 1. */
    static List<ClientUpdate> of(double[]... rows) {
        List<ClientUpdate> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            float[] delta = new float[rows[i].length];
            for (int j = 0; j < delta.length; j++) {
                delta[j] = (float) rows[i][j];
            }
            out.add(new ClientUpdate("c" + i, delta, 1.0));
        }
        return out;
    }

    /** n random clients of dimension d, N(0, 1) entries rounded to 1/8 so that ties occur, weights in [1, 100]. */
    static List<ClientUpdate> random(int n, int d, Random rng) {
        List<ClientUpdate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] delta = new float[d];
            for (int j = 0; j < d; j++) {
                delta[j] = Math.round(rng.nextGaussian() * 8) / 8f;
            }
            out.add(new ClientUpdate("c" + i, delta, 1 + rng.nextInt(100)));
        }
        return out;
    }

    /** Column j of the updates as doubles, sorted ascending. */
    static double[] sortedColumn(List<ClientUpdate> updates, int j) {
        double[] column = updates.stream().mapToDouble(u -> u.delta()[j]).toArray();
        Arrays.sort(column);
        return column;
    }

    /** Slow median: sort the whole column. */
    static double[] slowMedian(List<ClientUpdate> updates) {
        int d = updates.get(0).delta().length;
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            double[] c = sortedColumn(updates, j);
            int n = c.length;
            out[j] = n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
        }
        return out;
    }

    /** Slow trimmed mean: sort the whole column and average ranks [b, n − b). */
    static double[] slowTrimmedMean(List<ClientUpdate> updates, double beta) {
        int d = updates.get(0).delta().length;
        int n = updates.size();
        int b = (int) Math.floor(beta * n);
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            double[] c = sortedColumn(updates, j);
            double sum = 0;
            for (int i = b; i < n - b; i++) {
                sum += c[i];
            }
            out[j] = sum / (n - 2 * b);
        }
        return out;
    }

    /** Slow Krum scores: each pair's distance from scratch, each client's neighbour list sorted. */
    static double[] slowKrumScores(List<ClientUpdate> updates, int f) {
        int n = updates.size();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            List<Double> distances = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double s = 0;
                    for (int k = 0; k < updates.get(i).delta().length; k++) {
                        double e = (double) updates.get(i).delta()[k] - updates.get(j).delta()[k];
                        s += e * e;
                    }
                    distances.add(s);
                }
            }
            distances.sort(null);
            for (int r = 0; r < n - f - 2; r++) {
                scores[i] += distances.get(r);
            }
        }
        return scores;
    }

    /** Euclidean distance between a and b. */
    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }
}
