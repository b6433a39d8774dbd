package org.veil.federated.aggregate;

/**
 * Krum / Multi-Krum (Blanchard et al. 2017, §4-5). Whether n &gt; 2f + 2 holds is checked when the
 * round's updates arrive, since n is known only then.
 *
 * @param f the number of Byzantine clients tolerated, ≥ 0 (default 1)
 * @param m how many lowest-score clients are averaged, ≥ 1 and at most n; m = 1 (default) is Krum,
 *          Blanchard et al. use m = n − f for Multi-Krum (§5)
 */
public record KrumOptions(int f, int m) implements AggregationRule {

    public KrumOptions {
        if (f < 0) {
            throw new IllegalArgumentException("f=" + f + ", allowed: >= 0 (Byzantine clients tolerated)");
        }
        if (m < 1) {
            throw new IllegalArgumentException("m=" + m + ", allowed: >= 1 (clients averaged; 1 is Krum)");
        }
    }

    /** f = 1, m = 1: plain Krum tolerating one Byzantine client (needs n ≥ 5). */
    public KrumOptions() {
        this(1, 1);
    }

    @Override
    public String name() {
        return "krum";
    }

    @Override
    public Aggregator create(boolean parallel) {
        return new Krum(this, parallel);
    }

    /** The same rule with f = {@code f}. */
    public KrumOptions withF(int f) {
        return new KrumOptions(f, m);
    }

    /** The same rule with m = {@code m}. */
    public KrumOptions withM(int m) {
        return new KrumOptions(f, m);
    }
}
