package org.veil.pate.analysis;

import java.util.Arrays;

/**
 * Local sensitivity of GNMax's data-dependent RDP at one order (Papernot et al. 2018, Appendix B):
 * how much beta(q~) = RDP at order alpha can change when one teacher's vote changes, at the votes
 * themselves and at any votes up to d changes away.
 *
 * <ul>
 *   <li>At one histogram (Algorithm 3, Proposition 13): with B_u, B_l the largest and smallest q~ one
 *       vote away ({@link Crossover#logUpperNeighbour}, {@link Crossover#logLowerNeighbour}), the local
 *       sensitivity is max(beta(B_u(q)) - beta(q), beta(q) - beta(B_l(q))); between q1 and q0 it is
 *       evaluated at q1, where it is largest (the plateau).</li>
 *   <li>At distance d (Algorithms 4 and 5): move one vote at a time in the direction that brings q~
 *       fastest towards the plateau [q1, q0] (from the runner-up to the plurality class when q~ &gt; q0,
 *       the other way when q~ &lt; q1), in O(teachers x classes); once the plateau is reached, or when no
 *       vote can move further, every larger distance gets the plateau value, the maximum over all votes.</li>
 * </ul>
 * These are the authors' bounds; they are valid when conditions C5 and C6 (Appendix B) hold at
 * (sigma, alpha, m), which {@link SmoothnessConditions} checks before a release.
 *
 * <p>Immutable and thread-safe; no randomness.
 */
public final class GnMaxSensitivity {
    private final Crossover crossover;
    private final int classes;
    private final double logQ1;
    private final double plateau;

    private GnMaxSensitivity(Crossover crossover, int classes) {
        this.crossover = crossover;
        this.classes = classes;
        this.logQ1 = crossover.logQ1(classes);
        this.plateau = localSensitivity(logQ1);
    }

    /** The sensitivity of GNMax at {@code sigma} and {@code order} for histograms of {@code classes} classes. */
    public static GnMaxSensitivity of(double sigma, double order, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes=" + classes + ", allowed: >= 2");
        }
        return new GnMaxSensitivity(Crossover.of(sigma, order), classes);
    }

    public Crossover crossover() {
        return crossover;
    }

    /** The largest local sensitivity over all histograms: the value on [q1, q0] (2018, Appendix B). */
    public double plateau() {
        return plateau;
    }

    /** Algorithm 3 (2018, Appendix B): the local sensitivity of beta at a histogram with q~ = e^logQ. */
    public double localSensitivity(double logQ) {
        double q = logQ1 <= logQ && logQ <= crossover.logQ0() ? logQ1 : logQ; // Alg 3: the plateau is evaluated at q1
        double beta = crossover.rdp(q);
        double up = crossover.rdp(Crossover.logUpperNeighbour(q, crossover.sigma(), classes)); // beta(B_u(q))
        double down = crossover.rdp(Crossover.logLowerNeighbour(q, crossover.sigma(), classes)); // beta(B_l(q))
        return Math.max(up - beta, beta - down); // Prop 13
    }

    /**
     * The local sensitivity at each distance d = 0 .. distances - 1 from {@code counts} (Algorithms 4
     * and 5): entry d bounds the local sensitivity of every histogram at most d vote changes away. With
     * M teachers no histogram is more than M changes away, so M + 1 distances cover them all (the
     * authors' code keeps M).
     */
    public double[] byDistance(int[] counts, int distances) {
        if (counts.length != classes) {
            throw new IllegalArgumentException("counts have " + counts.length + " classes, allowed: " + classes);
        }
        double sigma = crossover.sigma();
        double logQ0 = crossover.logQ0();
        double logQ = GnMaxRdp.logQ(counts, sigma);
        double[] ls = new double[distances];
        Arrays.fill(ls, plateau);
        if (logQ1 <= logQ && logQ <= logQ0) {
            return ls; // already on the plateau
        }
        int[] sorted = Arrays.stream(counts).boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
        ls[0] = localSensitivity(logQ);
        boolean towardsSmallerQ = logQ > logQ0; // widen the gap between the two largest counts
        for (int d = 1; d < distances; d++) {
            boolean more = towardsSmallerQ ? logQ > logQ0 && sorted[1] > 0 : logQ < logQ1;
            if (!more) {
                break; // on the plateau, or no vote left to move: the rest stays at the plateau value
            }
            if (towardsSmallerQ) {
                moveRunnerUpVote(sorted);
            } else {
                sorted[0]--; // narrow the gap: one plurality vote to the runner-up
                sorted[1]++;
            }
            logQ = GnMaxRdp.logQ(sorted, sigma);
            ls[d] = localSensitivity(logQ);
        }
        return ls;
    }

    /** One vote from the runner-up to the plurality class, keeping {@code sorted} non-increasing. */
    private static void moveRunnerUpVote(int[] sorted) {
        sorted[0]++;
        sorted[1]--;
        for (int i = 1; i < sorted.length - 1 && sorted[i] < sorted[i + 1]; i++) {
            int t = sorted[i];
            sorted[i] = sorted[i + 1];
            sorted[i + 1] = t;
        }
    }
}
