package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * Oracle test of {@link SensitivityProfile}: for one query of 24 teachers and 3 classes, enumerate every
 * histogram, compute the exact local sensitivity of the per-query cost at each (the largest change over
 * all one-vote moves), and check that the profile's entry d bounds it for every histogram within d.
 */
class SensitivityOracleTest {
    private static final int TEACHERS = 24;
    private static final double ORDER = 4;
    private static final double SIGMA2 = 4; // C5 and C6 hold at (4, m=3, order 4): smooth_sensitivity.check_conditions(4., 3, 4.) = (True, True)
    private static final int[] QUERY = {15, 6, 3};

    @Test
    void gnMaxBoundCoversEveryHistogram() {
        check(new GnMaxOptions(SIGMA2), CostKind.EXPECTED, QueryOutcomes.none(), h -> answer(h));
    }

    @Test
    void confidentRealisedBoundCoversEveryHistogram() {
        ConfidentGnMaxOptions c = new ConfidentGnMaxOptions(16, 4, SIGMA2);
        check(c, CostKind.REALISED, QueryOutcomes.passed(new boolean[] {true}),
                h -> check(c.threshold(), c.sigma1(), ThresholdRdp.confidentStatistic(h)) + answer(h));
        check(c, CostKind.REALISED, QueryOutcomes.passed(new boolean[] {false}),
                h -> check(c.threshold(), c.sigma1(), ThresholdRdp.confidentStatistic(h)));
    }

    @Test
    void confidentExpectedBoundCoversEveryHistogramIncludingTheChangeOfPrAnswered() {
        ConfidentGnMaxOptions c = new ConfidentGnMaxOptions(16, 4, SIGMA2);
        check(c, CostKind.EXPECTED, QueryOutcomes.none(), h -> {
            double s = ThresholdRdp.confidentStatistic(h);
            return check(c.threshold(), c.sigma1(), s) + pr(c.threshold(), c.sigma1(), s) * answer(h);
        });
    }

    @Test
    void dataIndependentExpectedCostStillMovesWithPrAnswered() {
        ConfidentGnMaxOptions c = new ConfidentGnMaxOptions(16, 2, SIGMA2);
        double check = ThresholdRdp.dataIndependent(c.sigma1(), ORDER);
        double answer = GnMaxRdp.dataIndependent(SIGMA2, ORDER);
        check(c, CostKind.EXPECTED, AnalysisKind.DATA_INDEPENDENT, QueryOutcomes.none(),
                h -> check + pr(c.threshold(), c.sigma1(), ThresholdRdp.confidentStatistic(h)) * answer);
    }

    @Test
    void interactiveWithFractionalBaselineBoundCoversEveryHistogram() {
        InteractiveGnMaxOptions c = new InteractiveGnMaxOptions(4, 3, SIGMA2, 0.9);
        double[] baseline = {9.3, 8.45, 6.25};
        QueryOutcomes outcomes = new QueryOutcomes(null, new double[][] {baseline});
        assertTrue(SmoothnessConditions.threshold(c.sigma1(), ORDER, ThresholdRdp.logQ(c.threshold(), c.sigma1(), 40)).hold());
        check(c, CostKind.EXPECTED, outcomes, h -> {
            double s = ThresholdRdp.interactiveStatistic(h, baseline);
            return check(c.threshold(), c.sigma1(), s) + pr(c.threshold(), c.sigma1(), s) * answer(h);
        });
    }

    private static double answer(int[] h) {
        return GnMaxRdp.dataDependent(GnMaxRdp.logQ(h, SIGMA2), SIGMA2, ORDER);
    }

    private static double check(double t, double sigma1, double s) {
        return ThresholdRdp.dataDependent(t, sigma1, s, ORDER);
    }

    private static double pr(double t, double sigma1, double s) {
        return Math.exp(ThresholdRdp.logPrAnswered(t, sigma1, s));
    }

    private static void check(AggregatorOptions aggregator, CostKind kind, QueryOutcomes outcomes,
            ToDoubleFunction<int[]> cost) {
        check(aggregator, kind, AnalysisKind.DATA_DEPENDENT, outcomes, cost);
    }

    private static void check(AggregatorOptions aggregator, CostKind kind, AnalysisKind analysis,
            QueryOutcomes outcomes, ToDoubleFunction<int[]> cost) {
        assertTrue(SmoothnessConditions.gnMax(Crossover.of(SIGMA2, ORDER), 3, TEACHERS).hold());
        Votes votes = Votes.of(new int[][] {QUERY});
        double[] bound = SensitivityProfile.of(votes, aggregator, new PateAnalysisOptions().withCost(kind).withAnalysis(analysis),
                outcomes,
                ORDER).byDistance();
        double[] worst = new double[TEACHERS + 1];
        for (int[] h : histograms()) {
            double here = cost.applyAsDouble(h);
            double ls = 0;
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    if (a != b && h[a] > 0) {
                        int[] n = h.clone();
                        n[a]--;
                        n[b]++;
                        ls = Math.max(ls, Math.abs(cost.applyAsDouble(n) - here));
                    }
                }
            }
            int d = (Math.abs(h[0] - QUERY[0]) + Math.abs(h[1] - QUERY[1]) + Math.abs(h[2] - QUERY[2])) / 2;
            worst[d] = Math.max(worst[d], ls);
        }
        double upTo = 0;
        for (int d = 0; d <= TEACHERS; d++) {
            upTo = Math.max(upTo, worst[d]);
            assertTrue(upTo <= bound[d] * (1 + 1e-9) + 1e-15, aggregator.name() + " " + kind + " distance " + d
                    + ": exact " + upTo + " > bound " + bound[d]);
        }
        assertTrue(upTo > 0, "the cost should vary");
    }

    private static List<int[]> histograms() {
        List<int[]> all = new ArrayList<>();
        for (int a = 0; a <= TEACHERS; a++) {
            for (int b = 0; a + b <= TEACHERS; b++) {
                all.add(new int[] {a, b, TEACHERS - a - b});
            }
        }
        return all;
    }
}
