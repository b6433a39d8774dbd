package org.veil.pate.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.LnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * The whole run's data-dependent RDP at one order and a bound on its local sensitivity at every
 * distance d = 0 .. M (Papernot et al. 2018, Appendix B): entry d bounds |f(D'') - f(D')| for every
 * D' at most d changes from the private votes and every neighbour D'' of D'.
 *
 * <p>Per query the sensitivity is the sum of its parts, each made non-decreasing in d (a running
 * maximum: D' at distance d may be nearer for some queries, and the threshold part of the authors'
 * code is the value at exactly d), then summed over queries (one teacher changes every query):
 * <ul>
 *   <li>GNMax: LS_answer(d) ({@link GnMaxSensitivity});</li>
 *   <li>Confident-/Interactive-GNMax, realised cost f = sum rdp_check + [passed] rdp_answer (passed is
 *       public): LS_check(d) + [passed] LS_answer(d);</li>
 *   <li>expected cost f = sum rdp_check + p rdp_answer with p = Pr[answered] also moving:
 *       LS_check(d) + max p(d + 1) LS_answer(d) + (alpha / sigma2^2) max |delta p|(d), from
 *       |p'' b'' - p' b'| &lt;= p'' |b'' - b'| + b' |p'' - p'| with b' &lt;= alpha / sigma2^2 (Prop 8). The
 *       authors' script holds p fixed (LS_check + p LS_answer), which leaves out the last term.</li>
 * </ul>
 * A data-independent part has local sensitivity 0. Immutable; thread-safe.
 *
 * @param order      the Renyi order
 * @param rdp        the whole run's RDP at {@code order}
 * @param byDistance the summed local sensitivity bound at each distance 0 .. M
 */
public record SensitivityProfile(double order, double rdp, double[] byDistance) {

    public SensitivityProfile {
        byDistance = byDistance.clone();
    }

    @Override
    public double[] byDistance() {
        return byDistance.clone();
    }

    /** The beta-smooth sensitivity max_d e^(-beta d) LS(d) (Nissim, Raskhodnikova and Smith 2007, Def 2.2). */
    public double smooth(double beta) {
        double max = 0;
        for (int d = 0; d < byDistance.length; d++) {
            max = Math.max(max, Math.exp(-beta * d) * byDistance[d]); // NRS07: max over distance of e^(-beta d) A(d)
        }
        return max;
    }

    /**
     * The profile of the run at {@code order}.
     *
     * @throws IllegalArgumentException for LNMax (no smooth-sensitivity analysis exists for it here)
     */
    public static SensitivityProfile of(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions options,
            QueryOutcomes outcomes, double order) {
        Objects.requireNonNull(outcomes, "outcomes");
        if (!(order > 1) || Double.isInfinite(order)) {
            throw new IllegalArgumentException("order=" + order + ", allowed: > 1 and finite");
        }
        outcomes.validate(votes, aggregator, options.cost());
        if (aggregator instanceof LnMaxOptions) {
            throw new IllegalArgumentException("aggregator=lnmax, allowed for a smooth-sensitivity release: gnmax, "
                    + "confident-gnmax, interactive-gnmax (analyse LNMax data-independently)");
        }
        boolean dependent = options.analysis() == AnalysisKind.DATA_DEPENDENT;
        double sigma2 = aggregator instanceof GnMaxOptions g ? g.sigma() : CostCurves.Checked.of(aggregator).sigma2();
        AnswerPart answer = AnswerPart.of(votes, sigma2, order, dependent);
        int distances = votes.teachers() + 1;
        double[] total = new double[distances];
        double rdp = 0;
        if (aggregator instanceof GnMaxOptions) {
            for (int i = 0; i < votes.queries(); i++) {
                int[] row = votes.row(i);
                add(total, answer.sensitivity(row, distances), null);
                rdp += answer.rdp(row); // Mironov 2017, Prop 1
            }
            return new SensitivityProfile(order, rdp, total);
        }
        CheckPart check = CheckPart.of(votes, CostCurves.Checked.of(aggregator), outcomes, order, dependent);
        boolean expected = options.cost() == CostKind.EXPECTED;
        for (int i = 0; i < votes.queries(); i++) {
            int[] row = votes.row(i);
            add(total, check.sensitivity(i, distances), null);
            if (expected) {
                double p = check.prAnswered(i);
                add(total, answer.sensitivity(row, distances), check.maxPrAnswered(i, distances));
                add(total, check.maxPrAnsweredStep(i, distances), new double[] {answer.worstCase()});
                rdp += check.rdp(i) + p * answer.rdp(row); // the authors' expected cost
            } else if (outcomes.passed(i)) {
                add(total, answer.sensitivity(row, distances), null);
                rdp += check.rdp(i) + answer.rdp(row);
            } else {
                rdp += check.rdp(i);
            }
        }
        return new SensitivityProfile(order, rdp, total);
    }

    /** into[d] += w[d] part[d] (w null: 1; w of length 1: that constant). */
    private static void add(double[] into, double[] part, double[] w) {
        for (int d = 0; d < into.length; d++) {
            double weight = w == null ? 1 : w.length == 1 ? w[0] : w[d];
            into[d] += weight * part[d];
        }
    }

    /** A running maximum, in place: entry d becomes the largest of entries 0 .. d. */
    static double[] runningMax(double[] values) {
        for (int d = 1; d < values.length; d++) {
            values[d] = Math.max(values[d], values[d - 1]);
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SensitivityProfile p && Double.compare(order, p.order) == 0
                && Double.compare(rdp, p.rdp) == 0 && Arrays.equals(byDistance, p.byDistance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, rdp, Arrays.hashCode(byDistance));
    }

    @Override
    public String toString() {
        return "SensitivityProfile[order=" + order + ", rdp=" + rdp + ", " + byDistance.length + " distances]";
    }
}
