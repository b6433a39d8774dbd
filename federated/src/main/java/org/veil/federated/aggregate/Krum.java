package org.veil.federated.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Krum and Multi-Krum (Blanchard et al. 2017, "Machine Learning with Adversaries: Byzantine Tolerant
 * Gradient Descent", NeurIPS). Each client i gets the score s(i) = Σ_{i→j} ‖Δ_i − Δ_j‖² over its
 * n − f − 2 nearest other clients (§4, definition of Krum); the m clients with the lowest scores are
 * selected and their deltas averaged (§5, Multi-Krum; m = 1 is Krum). Ties go to the earlier client
 * in the list. Requires n &gt; 2f + 2 (§4, Proposition 1). Client weights are ignored, as in the paper.
 *
 * <p>Cost O(n²·d) time for the pairwise distances, computed once, plus O(n² log n) for the scores;
 * O(n² + d) memory. Thread safety: immutable. Randomness: none; parallel equals serial bit for bit.
 */
public final class Krum implements Aggregator {
    private final KrumOptions options;
    private final boolean parallel;

    /** Serial Multi-Krum with these options. */
    public Krum(KrumOptions options) {
        this(options, false);
    }

    /** @param parallel true: the distance computation runs on the common fork-join pool */
    public Krum(KrumOptions options, boolean parallel) {
        this.options = Objects.requireNonNull(options, "options");
        this.parallel = parallel;
    }

    @Override
    public double[] aggregate(List<ClientUpdate> updates) {
        return aggregateWithReport(updates).aggregate();
    }

    @Override
    public AggregationResult aggregateWithReport(List<ClientUpdate> updates) {
        UpdateSet s = UpdateSet.of(updates);
        int f = options.f();
        int m = options.m();
        if (s.n <= 2 * f + 2) {
            throw new IllegalArgumentException("krum: n=" + s.n + " clients, f=" + f + ", allowed: n > 2f + 2 = "
                    + (2 * f + 2) + " (Blanchard et al. 2017, Proposition 1)");
        }
        if (m > s.n) {
            throw new IllegalArgumentException("krum: m=" + m + ", allowed: [1, n] with n=" + s.n + " clients");
        }
        double[] scores = scores(PairwiseDistances.squared(s, parallel), s.n - f - 2);
        Integer[] order = new Integer[s.n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> scores[i]).thenComparingInt(i -> i));
        boolean[] chosen = new boolean[s.n];
        for (int r = 0; r < m; r++) {
            chosen[order[r]] = true;
        }
        return new AggregationResult(meanOf(s, chosen, m), ids(updates, chosen, true), ids(updates, chosen, false));
    }

    /** s(i) = Σ of the {@code neighbours} smallest ‖Δ_i − Δ_j‖², j ≠ i (Blanchard et al. 2017, §4). */
    static double[] scores(double[][] dist, int neighbours) {
        int n = dist.length;
        double[] scores = new double[n];
        double[] others = new double[n - 1];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    others[c++] = dist[i][j];
                }
            }
            Arrays.sort(others);
            double sum = 0;
            for (int r = 0; r < neighbours; r++) {
                sum += others[r]; // s(i) = Σ_{i→j} ‖V_i − V_j‖² (Blanchard et al. 2017, §4)
            }
            scores[i] = sum;
        }
        return scores;
    }

    private double[] meanOf(UpdateSet s, boolean[] chosen, int m) {
        double[] out = new double[s.d];
        CoordinateBlocks.forEach(s.d, parallel, (from, to) -> {
            for (int i = 0; i < s.n; i++) {
                if (chosen[i]) {
                    float[] row = s.rows[i];
                    for (int j = from; j < to; j++) {
                        out[j] += row[j];
                    }
                }
            }
            for (int j = from; j < to; j++) {
                out[j] /= m; // (1/m) Σ_{selected} V_i (Blanchard et al. 2017, §5, Multi-Krum)
            }
        });
        return out;
    }

    private static List<String> ids(List<ClientUpdate> updates, boolean[] chosen, boolean wanted) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] == wanted) {
                ids.add(updates.get(i).clientId());
            }
        }
        return ids;
    }

    /** The options (f, m). */
    public KrumOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "krum";
    }
}
