package org.veil.evaluate.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.veil.core.data.Dataset;
import org.veil.core.run.Randomness;

/**
 * Which pool rows are canaries, the label each carries, and which were included in training. The
 * one-run bound ({@link OneRunBound}) holds only when every canary was included independently with
 * probability exactly ½ (Steinke, Nasr and Jagielski 2023, section 3), so a design can be obtained in
 * exactly two ways:
 * <ul>
 *   <li>{@link #draw}: the design's own coins, one fair bit ({@link RandomGenerator#nextBoolean()})
 *   per canary from the generator passed in. This is the only way to get a design of origin
 *   {@link DesignOrigin#DRAWN}.</li>
 *   <li>{@link #declared}: a caller-supplied inclusion vector, accepted only when it declares
 *   independent inclusion with probability 0.5 and passes the checks listed there; it is marked
 *   {@link DesignOrigin#DECLARED} in every result.</li>
 * </ul>
 * There is no constructor and no setter; the arrays are copied in and out.
 *
 * <p>Randomness: {@link #draw} consumes the generator in a fixed order (canary selection by a
 * Fisher–Yates shuffle of all pool rows, then one draw per canary for the replacement label when
 * mislabelled, then one coin per canary), so a seeded generator reproduces the design; pass a
 * {@link java.security.SecureRandom} (the audit's default) when the trainer must not be able to
 * predict the coins. Immutable and thread-safe.
 */
public final class CanaryDesign {
    /** A declared inclusion count this unlikely under Binomial(m, ½) (two-sided) is refused. */
    static final double IMBALANCE_LEVEL = 1e-6;

    private final CanaryKind kind;
    private final DesignOrigin origin;
    private final int[] rows;
    private final int[] labels;
    private final boolean[] included;
    private final int poolRows;

    private CanaryDesign(CanaryKind kind, DesignOrigin origin, int[] rows, int[] labels, boolean[] included,
            int poolRows) {
        this.kind = kind;
        this.origin = origin;
        this.rows = rows;
        this.labels = labels;
        this.included = included;
        this.poolRows = poolRows;
    }

    /**
     * Draws m canaries from {@code pool} and includes each independently with probability ½.
     *
     * @param pool the data the canaries are taken from (all its other rows are always trained on)
     * @param m    number of canaries, in [1, pool rows]
     * @param kind mislabelled (needs at least 2 classes) or unmodified
     * @param coin the generator of every random choice of the design
     */
    public static CanaryDesign draw(Dataset pool, int m, CanaryKind kind, RandomGenerator coin) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coin, "coin");
        if (m < 1 || m > pool.rows()) {
            throw new IllegalArgumentException("canaries=" + m + ", allowed: [1, " + pool.rows() + "] (pool rows)");
        }
        int classes = pool.numClasses();
        if (kind == CanaryKind.MISLABELLED && classes < 2) {
            throw new IllegalArgumentException("pool has " + classes + " class, allowed: >= 2 for mislabelled canaries");
        }
        int[] order = new int[pool.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Randomness.shuffle(order, coin);
        int[] rows = Arrays.copyOf(order, m);
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            int y = pool.labels()[rows[i]];
            // A uniformly random class other than y: y + 1 + U{0 .. C-2} (mod C).
            labels[i] = kind == CanaryKind.MISLABELLED ? (y + 1 + coin.nextInt(classes - 1)) % classes : y;
        }
        boolean[] included = new boolean[m];
        for (int i = 0; i < m; i++) {
            // Section 3: S_i uniform on {-1, 1}, independently: one fair bit per canary.
            included[i] = coin.nextBoolean();
        }
        return new CanaryDesign(kind, DesignOrigin.DRAWN, rows, labels, included, pool.rows());
    }

    /**
     * Accepts a caller-supplied design after checking, and refusing with an
     * {@link IllegalArgumentException} that lists every failure:
     * <ol>
     *   <li>the declared inclusion probability is exactly 0.5 and the coins are declared independent;</li>
     *   <li>rows, labels and inclusion flags have one entry per canary, at least one canary;</li>
     *   <li>every row is a distinct index into {@code pool}, every label a class of {@code pool};</li>
     *   <li>the labels match the kind (all different from the pool's labels when mislabelled, all equal
     *   when unmodified);</li>
     *   <li>the number included is not grossly implausible under Binomial(m, ½): a two-sided binomial
     *   p-value below {@value #IMBALANCE_LEVEL} is refused.</li>
     * </ol>
     * Check 5 can only catch gross departures (for example p = 0.3 with m = 1000, or "the first half
     * included"-style vectors of odd balance); no statistical check can prove that coins were fair or
     * independent of each other, of the data or of the training run. A balanced but hand-picked
     * vector passes, and the bound is then meaningless: prefer {@link #draw}.
     */
    public static CanaryDesign declared(Dataset pool, InclusionDeclaration declaration) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(declaration, "declaration");
        List<String> problems = new ArrayList<>();
        if (declaration.inclusionProbability() != 0.5) {
            problems.add("inclusionProbability=" + declaration.inclusionProbability()
                    + ", allowed: 0.5 (the one-run bound needs each canary included with probability exactly 1/2)");
        }
        if (!declaration.independent()) {
            problems.add("independent=false, allowed: true (the one-run bound needs independent inclusion coins)");
        }
        if (declaration.generator().isBlank()) {
            problems.add("generator is blank, allowed: a description of what drew the coins");
        }
        int[] rows = declaration.rows();
        int[] labels = declaration.labels();
        boolean[] included = declaration.included();
        int m = rows.length;
        if (m < 1 || labels.length != m || included.length != m) {
            problems.add("rows=" + m + ", labels=" + labels.length + ", included=" + included.length
                    + " entries, allowed: the same number, >= 1");
        } else {
            checkRowsAndLabels(pool, declaration.kind(), rows, labels, problems);
            checkBalance(included, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("canary design refused: " + String.join("; ", problems));
        }
        return new CanaryDesign(declaration.kind(), DesignOrigin.DECLARED, rows, labels, included, pool.rows());
    }

    private static void checkRowsAndLabels(Dataset pool, CanaryKind kind, int[] rows, int[] labels,
            List<String> problems) {
        boolean[] seen = new boolean[pool.rows()];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            if (row < 0 || row >= pool.rows()) {
                problems.add("rows[" + i + "]=" + row + ", allowed: [0, " + pool.rows() + ")");
                return;
            }
            if (seen[row]) {
                problems.add("rows[" + i + "]=" + row + " repeats an earlier canary, allowed: distinct rows");
                return;
            }
            seen[row] = true;
            if (labels[i] < 0 || labels[i] >= pool.numClasses()) {
                problems.add("labels[" + i + "]=" + labels[i] + ", allowed: [0, " + pool.numClasses() + ")");
                return;
            }
            boolean same = labels[i] == pool.labels()[row];
            if (same == (kind == CanaryKind.MISLABELLED)) {
                problems.add("labels[" + i + "]=" + labels[i] + " for pool label " + pool.labels()[row]
                        + ", allowed: " + (same ? "a different class for mislabelled canaries" : "the pool's label"));
                return;
            }
        }
    }

    private static void checkBalance(boolean[] included, List<String> problems) {
        int in = 0;
        for (boolean b : included) {
            in += b ? 1 : 0;
        }
        BinomialDistribution coins = new BinomialDistribution(null, included.length, 0.5);
        // Two-sided binomial test p-value: 2 min(P[X <= k], P[X >= k]), capped at 1.
        double p = Math.min(1, 2 * Math.min(coins.cumulativeProbability(in), 1 - coins.cumulativeProbability(in - 1)));
        if (p < IMBALANCE_LEVEL) {
            problems.add(in + " of " + included.length + " canaries included: two-sided binomial p=" + p + " < "
                    + IMBALANCE_LEVEL + " under independent 1/2 inclusion");
        }
    }

    public CanaryKind kind() {
        return kind;
    }

    public DesignOrigin origin() {
        return origin;
    }

    /** Number of canaries m. */
    public int size() {
        return rows.length;
    }

    /** Rows of the pool this design was made for. */
    public int poolRows() {
        return poolRows;
    }

    /** Canary row indices in the pool. */
    public int[] rows() {
        return rows.clone();
    }

    /** The label each canary is trained and scored with. */
    public int[] labels() {
        return labels.clone();
    }

    /** Whether each canary was included in training (S_i = +1). */
    public boolean[] included() {
        return included.clone();
    }

    /** Number of canaries included. */
    public int includedCount() {
        int n = 0;
        for (boolean b : included) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
