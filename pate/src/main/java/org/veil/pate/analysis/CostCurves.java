package org.veil.pate.analysis;

import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.LnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * Sums the per-query RDP curves of a PATE run: RDP composes by addition at each order (Mironov 2017,
 * Proposition 1), adaptively, so the queries' curves add up whatever the student asked. Stateless
 * helper of {@link PateAnalysis}; inputs are validated there.
 *
 * @param total       the whole run's RDP at each order
 * @param threshold   the part of {@code total} spent on threshold checks (zeros for GNMax and LNMax)
 * @param answered    expected (sum of Pr[answered]) or realised number of GNMax answers
 * @param independent the data-independent curve of the same run and cost kind, for comparison
 */
record CostCurves(double[] total, double[] threshold, double answered, double[] independent) {

    static CostCurves of(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions options,
            QueryOutcomes outcomes, double[] orders) {
        boolean dependent = options.analysis() == AnalysisKind.DATA_DEPENDENT;
        int n = votes.queries();
        double[] total = new double[orders.length];
        double[] threshold = new double[orders.length];
        double answered;
        double[] independent = new double[orders.length];
        if (aggregator instanceof LnMaxOptions l) {
            double eps = 2 / l.scale(); // 2017, section 3: each LNMax answer is (2 gamma, 0)-DP, gamma = 1/b
            for (int i = 0; dependent && i < n; i++) {
                double logQ = LnMaxRdp.logQ(votes.row(i), l.scale());
                add(total, LnMaxRdp.dataDependent(logQ, eps, orders), 1);
            }
            for (int k = 0; k < orders.length; k++) {
                independent[k] = n * LnMaxRdp.dataIndependent(eps, orders[k]); // n-fold composition
            }
            answered = n;
        } else if (aggregator instanceof GnMaxOptions g) {
            for (int i = 0; dependent && i < n; i++) {
                add(total, GnMaxRdp.dataDependent(GnMaxRdp.logQ(votes.row(i), g.sigma()), g.sigma(), orders), 1);
            }
            for (int k = 0; k < orders.length; k++) {
                independent[k] = n * GnMaxRdp.dataIndependent(g.sigma(), orders[k]); // n-fold composition
            }
            answered = n;
        } else {
            return confident(votes, aggregator, options, outcomes, orders);
        }
        if (!dependent) {
            System.arraycopy(independent, 0, total, 0, orders.length);
        }
        return new CostCurves(total, threshold, answered, independent);
    }

    /** Confident-/Interactive-GNMax: per query rdp_check + w rdp_answer, w = Pr[answered] or [passed]. */
    private static CostCurves confident(Votes votes, AggregatorOptions aggregator, PateAnalysisOptions options,
            QueryOutcomes outcomes, double[] orders) {
        Checked c = Checked.of(aggregator);
        boolean dependent = options.analysis() == AnalysisKind.DATA_DEPENDENT;
        boolean expected = options.cost() == CostKind.EXPECTED;
        double[] total = new double[orders.length];
        double[] threshold = new double[orders.length];
        double answered = 0;
        for (int i = 0; i < votes.queries(); i++) {
            int[] row = votes.row(i);
            double statistic = c.statistic(row, outcomes, i);
            double logPr = ThresholdRdp.logPrAnswered(c.threshold(), c.sigma1(), statistic);
            // expected (authors' scripts): Pr[answered]; realised: the check's actual outcome
            double weight = expected ? Math.exp(logPr) : (outcomes.passed(i) ? 1 : 0);
            answered += weight;
            if (dependent) {
                double[] check = ThresholdRdp.dataDependent(c.threshold(), c.sigma1(), statistic, orders);
                add(threshold, check, 1);
                add(total, check, 1);
                if (weight > 0) {
                    add(total, GnMaxRdp.dataDependent(GnMaxRdp.logQ(row, c.sigma2()), c.sigma2(), orders), weight);
                }
            }
        }
        double[] independent = new double[orders.length];
        for (int k = 0; k < orders.length; k++) {
            // RdpAnalysis order of summation: NoisyThreshold x queries, then GnMax x answered
            independent[k] = votes.queries() * ThresholdRdp.dataIndependent(c.sigma1(), orders[k]);
            independent[k] += answered * GnMaxRdp.dataIndependent(c.sigma2(), orders[k]);
            if (!dependent) {
                total[k] = independent[k];
                threshold[k] = votes.queries() * ThresholdRdp.dataIndependent(c.sigma1(), orders[k]);
            }
        }
        return new CostCurves(total, threshold, answered, independent);
    }

    private static void add(double[] into, double[] curve, double weight) {
        for (int k = 0; k < into.length; k++) {
            into[k] += weight * curve[k]; // Mironov 2017, Prop 1: RDP adds under composition
        }
    }

    /** The threshold-check parameters of a confident aggregator, whichever kind. */
    record Checked(double threshold, double sigma1, double sigma2, boolean interactive) {

        static Checked of(AggregatorOptions aggregator) {
            if (aggregator instanceof ConfidentGnMaxOptions c) {
                return new Checked(c.threshold(), c.sigma1(), c.sigma2(), false);
            }
            if (aggregator instanceof InteractiveGnMaxOptions c) {
                return new Checked(c.threshold(), c.sigma1(), c.sigma2(), true);
            }
            throw new IllegalArgumentException("aggregator=" + aggregator.name()
                    + ", allowed: confident-gnmax or interactive-gnmax");
        }

        /** The checked statistic of query i: max_j n_j, or max_j (n_j - b_j) for Interactive-GNMax. */
        double statistic(int[] row, QueryOutcomes outcomes, int i) {
            return interactive ? ThresholdRdp.interactiveStatistic(row, outcomes.baselineRow(i))
                    : ThresholdRdp.confidentStatistic(row);
        }
    }
}
