package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.core.privacy.rdp.OrderGrid;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.privacy.rdp.RdpOptions;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.LnMaxOptions;
import org.veil.pate.aggregate.Votes;

/** Properties of {@link PateAnalysis} on the seeded votes of votes-random.csv and on generated votes. */
class PateAnalysisTest {
    private static final List<AggregatorOptions> AGGREGATORS = List.of(new LnMaxOptions(50), new GnMaxOptions(40),
            new ConfidentGnMaxOptions(200, 150, 40), new InteractiveGnMaxOptions(200, 150, 40, 0.9));

    @Test
    void theLedgerReproducesTheEpsilonThroughTheRdpAccountant() {
        Votes votes = PateTables.randomVotes();
        for (AggregatorOptions aggregator : AGGREGATORS) {
            for (AnalysisKind analysis : AnalysisKind.values()) {
                for (CostKind cost : CostKind.values()) {
                    for (RdpConversion conversion : RdpConversion.values()) {
                        PateAnalysisOptions options = new PateAnalysisOptions().withAnalysis(analysis).withCost(cost)
                                .withConversion(conversion);
                        PateCost result = PateAnalysis.analyse(votes, aggregator, options, outcomes(aggregator, votes));
                        PrivacyGuarantee replay = new RdpAccountant(new RdpOptions(options.orders(), conversion))
                                .epsilon(result.ledger(), options.delta());
                        String what = aggregator.name() + " " + analysis + " " + cost + " " + conversion;
                        assertEquals(result.epsilon(), replay.epsilon(), 1e-12 * result.epsilon(), what);
                        assertEquals(result.order(), replay.order(), what);
                    }
                }
            }
        }
    }

    @Test
    void dataDependentNeverExceedsDataIndependentAtAnyOrder() {
        Votes votes = PateTables.randomVotes();
        for (AggregatorOptions aggregator : AGGREGATORS) {
            for (CostKind cost : CostKind.values()) {
                PateAnalysisOptions options = new PateAnalysisOptions().withCost(cost);
                PateCost dependent = PateAnalysis.analyse(votes, aggregator, options, outcomes(aggregator, votes));
                PateCost independent = PateAnalysis.analyse(votes, aggregator,
                        options.withAnalysis(AnalysisKind.DATA_INDEPENDENT), outcomes(aggregator, votes));
                double[] d = dependent.rdp();
                double[] i = independent.rdp();
                for (int k = 0; k < d.length; k++) {
                    assertTrue(d[k] <= i[k] * (1 + 1e-12), aggregator.name() + " " + cost + " order " + k);
                }
                assertTrue(dependent.epsilon() <= independent.epsilon() * (1 + 1e-12)); // equal up to rounding when no query gains
                assertEquals(independent.epsilon(), dependent.dataIndependentEpsilon(), 1e-12 * independent.epsilon());
            }
        }
    }

    @Test
    void moreQueriesNeverLowerEpsilon() {
        Votes votes = PateTables.randomVotes();
        for (AggregatorOptions aggregator : AGGREGATORS) {
            double previous = 0;
            for (int n = 1; n <= votes.queries(); n += 23) {
                Votes first = votes.first(n);
                PateCost cost = PateAnalysis.analyse(first, aggregator, new PateAnalysisOptions(),
                        outcomes(aggregator, first));
                assertTrue(cost.epsilon() >= previous, aggregator.name() + " at " + n + " queries");
                previous = cost.epsilon();
            }
        }
    }

    @Test
    void realisedCostChargesOnlyAnsweredQueries() {
        Votes votes = PateTables.randomVotes().first(40);
        boolean[] passed = new boolean[40];
        for (int i = 0; i < 40; i += 3) {
            passed[i] = true;
        }
        PateAnalysisOptions options = new PateAnalysisOptions().withCost(CostKind.REALISED)
                .withAnalysis(AnalysisKind.DATA_INDEPENDENT);
        PateCost cost = PateAnalysis.analyse(votes, new ConfidentGnMaxOptions(200, 150, 40), options,
                QueryOutcomes.passed(passed));
        assertEquals(14, cost.answered());
        assertEquals(List.of(new LedgerEntry(new NoisyThreshold(150), 40), new LedgerEntry(new GnMax(40), 14)),
                cost.ledger().entries());
        assertFalse(cost.dependsOnData());
        PateCost dependent = PateAnalysis.analyse(votes, new ConfidentGnMaxOptions(200, 150, 40),
                options.withAnalysis(AnalysisKind.DATA_DEPENDENT), QueryOutcomes.passed(passed));
        assertTrue(dependent.dependsOnData());
        assertTrue(dependent.guarantee().warnings().stream().anyMatch(w -> w.contains("--release-epsilon")));
    }

    @Test
    void badOutcomesAreRejectedWithClearMessages() {
        Votes votes = PateTables.randomVotes().first(5);
        AggregatorOptions interactive = new InteractiveGnMaxOptions(200, 150, 40, 0.9);
        PateAnalysisOptions realised = new PateAnalysisOptions().withCost(CostKind.REALISED);
        assertMessage("passedCheck=null", () -> PateAnalysis.analyse(votes, new ConfidentGnMaxOptions(200, 150, 40),
                realised, QueryOutcomes.none()));
        assertMessage("passedCheck has 4 flags, allowed: 5", () -> PateAnalysis.analyse(votes,
                new ConfidentGnMaxOptions(200, 150, 40), realised, QueryOutcomes.passed(new boolean[4])));
        assertMessage("baseline=null", () -> PateAnalysis.analyse(votes, interactive, new PateAnalysisOptions()));
        assertMessage("baseline has 6 rows, allowed: 5", () -> PateAnalysis.analyse(votes, interactive,
                new PateAnalysisOptions(), new QueryOutcomes(null, new double[6][10])));
        assertMessage("baseline row 0 has 9 values, allowed: 10", () -> PateAnalysis.analyse(votes, interactive,
                new PateAnalysisOptions(), new QueryOutcomes(null, new double[5][9])));
        assertMessage("baseline given for gnmax", () -> PateAnalysis.analyse(votes, new GnMaxOptions(40),
                new PateAnalysisOptions(), new QueryOutcomes(null, new double[5][10])));
        assertMessage("delta=0.0, allowed: (0, 1)", () -> new PateAnalysisOptions().withDelta(0));
    }

    @Test
    void analysesAThousandQueriesQuickly() {
        Votes votes = generated(1000, 250, 10, 7);
        for (AggregatorOptions aggregator : List.of(new GnMaxOptions(40), new ConfidentGnMaxOptions(200, 150, 40))) {
            PateAnalysis.analyse(votes, aggregator, new PateAnalysisOptions()); // warm-up
            long start = System.nanoTime();
            PateCost cost = PateAnalysis.analyse(votes, aggregator, new PateAnalysisOptions());
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "PATE analysis, 1000 queries x 10 classes x %d orders, %s: %.1f ms "
                    + "(epsilon %.4f at order %s)%n", OrderGrid.standard().size(), aggregator.name(), ms,
                    cost.epsilon(), cost.order());
            assertTrue(cost.epsilon() > 0 && cost.epsilon() < cost.dataIndependentEpsilon());
        }
    }

    static QueryOutcomes outcomes(AggregatorOptions aggregator, Votes votes) {
        boolean[] passed = new boolean[votes.queries()];
        for (int i = 0; i < passed.length; i++) {
            passed[i] = ThresholdRdp.confidentStatistic(votes.row(i)) >= 200; // a plausible stand-in for the check
        }
        if (aggregator instanceof InteractiveGnMaxOptions) {
            return new QueryOutcomes(passed, java.util.Arrays.copyOf(PateTables.randomBaseline(), votes.queries()));
        }
        return aggregator instanceof ConfidentGnMaxOptions ? QueryOutcomes.passed(passed) : QueryOutcomes.none();
    }

    /** Votes of {@code queries} queries: each teacher votes the query's class with probability 0.3-1, else at random. */
    static Votes generated(int queries, int teachers, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] counts = new int[queries][classes];
        for (int i = 0; i < queries; i++) {
            int label = random.nextInt(classes);
            double agreement = 0.3 + 0.7 * random.nextDouble();
            for (int t = 0; t < teachers; t++) {
                counts[i][random.nextDouble() < agreement ? label : random.nextInt(classes)]++;
            }
        }
        return Votes.of(counts);
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), () -> "message '" + e.getMessage() + "' lacks '" + part + "'");
    }
}
