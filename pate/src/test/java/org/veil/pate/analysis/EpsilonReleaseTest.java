package org.veil.pate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.pate.analysis.PateTables.assertRelative;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.SmoothSensitivityRelease;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.LnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * The smooth-sensitivity release. release-parameters.csv is TF Privacy research/pate_2018 @03035d5,
 * smooth_sensitivity_table._find_optimal_smooth_sensitivity_parameters(votes-random.csv[:queries], zeros,
 * 250, threshold or None, sigma1 or None, sigma2, 1e-5, ind_step1, ind_step2, order) and
 * smooth_sensitivity.compute_rdp_of_smooth_sensitivity_gaussian(beta, sigma_ss, order).
 */
class EpsilonReleaseTest {
    private static final PateAnalysisOptions DEPENDENT = new PateAnalysisOptions();

    @Test
    void gnMaxParametersMatchTheAuthorsScript() {
        Votes all = PateTables.randomVotes();
        int compared = 0;
        for (Map<String, String> row : PateTables.rows("release-parameters.csv")) {
            int n = (int) PateTables.number(row, "queries");
            double order = PateTables.number(row, "order");
            double sigma2 = PateTables.number(row, "sigma2");
            String what = n + " queries " + row.get("mechanism") + " order " + order;
            if (row.get("mechanism").equals("gnmax")) {
                SensitivityProfile profile = SensitivityProfile.of(all.first(n), new GnMaxOptions(sigma2), DEPENDENT,
                        QueryOutcomes.none(), order);
                ReleaseParameters p = new EpsilonRelease().parameters(profile);
                assertRelative(PateTables.number(row, "beta"), p.beta(), 1e-12, "beta " + what);
                assertRelative(PateTables.number(row, "ss"), p.smoothSensitivity(), 1e-6, "SS " + what);
                assertRelative(PateTables.number(row, "sigma_ss"), p.noiseMultiplier(), 1e-6, "sigma_ss " + what);
                assertRelative(PateTables.number(row, "gnss_rdp"), p.releaseRdp(), 1e-6, "GNSS RDP " + what);
                compared++;
            } else {
                // the authors hold Pr[answered] fixed; Veil also bounds its change, so SS can only be larger
                AggregatorOptions confident = new ConfidentGnMaxOptions(PateTables.number(row, "threshold"),
                        PateTables.number(row, "sigma1"), sigma2);
                SensitivityProfile profile = SensitivityProfile.of(all.first(n), confident, DEPENDENT,
                        QueryOutcomes.none(), order);
                double beta = PateTables.number(row, "beta");
                double authors = PateTables.number(row, "ss");
                double ours = profile.smooth(beta);
                System.out.printf(Locale.ROOT, "confident-gnmax expected-cost SS at beta=%.4f: Veil %.6g, authors %.6g"
                        + " (ratio %.3f)%n", beta, ours, authors, ours / authors);
                assertTrue(ours >= authors * (1 - 1e-9) && ours < 3 * authors, what + ": " + ours + " vs " + authors);
            }
        }
        assertEquals(2, compared);
    }

    @Test
    void releasesTheNoisyRdpPlusItsCostAndRecordsIt() {
        Votes votes = PateTables.randomVotes();
        GnMaxOptions gnMax = new GnMaxOptions(40);
        long start = System.nanoTime();
        ReleasedEpsilon released = new EpsilonRelease().release(votes, gnMax, DEPENDENT, QueryOutcomes.none(),
                NoiseSource.seeded(11));
        System.out.printf(Locale.ROOT, "release of 300 queries: %.0f ms, epsilon %.4f at order %s%n",
                (System.nanoTime() - start) / 1e6, released.epsilon(), released.order());
        PateCost cost = PateAnalysis.analyse(votes, gnMax, DEPENDENT);
        ReleaseParameters p = released.parameters();
        assertEquals(cost.order(), released.order());
        double z = NoiseSource.seeded(11).gaussian(p.noiseMultiplier());
        assertEquals(cost.rdpAt(cost.order()) + p.smoothSensitivity() * z, released.noisyRdp(), 1e-12);
        double offset = DEPENDENT.conversion().offset(released.order(), DEPENDENT.delta());
        assertEquals(released.noisyRdp() + p.releaseRdp() + offset, released.epsilon(), 1e-12);
        List<LedgerEntry> entries = released.ledger().entries();
        assertEquals(new SmoothSensitivityRelease(p.beta(), p.noiseMultiplier()), entries.get(entries.size() - 1).mechanism());
        assertTrue(Double.isFinite(new RdpAccountant().epsilon(released.ledger(), 1e-5).epsilon()));
        assertTrue(released.guarantee().warnings().stream().anyMatch(w -> w.contains("seeded")));
    }

    @Test
    void profileRdpIsTheAnalysisRdpAtTheOrder() {
        Votes votes = PateTables.randomVotes().first(120);
        for (CostKind kind : CostKind.values()) {
            AggregatorOptions confident = new ConfidentGnMaxOptions(200, 150, 40);
            PateAnalysisOptions options = DEPENDENT.withCost(kind);
            QueryOutcomes outcomes = PateAnalysisTest.outcomes(confident, votes);
            PateCost cost = PateAnalysis.analyse(votes, confident, options, outcomes);
            SensitivityProfile profile = SensitivityProfile.of(votes, confident, options, outcomes, cost.order());
            assertEquals(cost.rdpAt(cost.order()), profile.rdp(), 1e-12 * profile.rdp(), kind.toString());
        }
    }

    @Test
    void refusesWhenConditionsFailOrNothingDependsOnTheVotes() {
        Votes votes = PateTables.randomVotes().first(20);
        IllegalStateException c6 = assertThrows(IllegalStateException.class, () -> new EpsilonRelease(
                new ReleaseOptions().withOrder(25.0)).release(votes, new GnMaxOptions(20), DEPENDENT,
                QueryOutcomes.none(), NoiseSource.seeded(1)));
        assertTrue(c6.getMessage().contains("C6 fails"), c6.getMessage());
        IllegalArgumentException independent = assertThrows(IllegalArgumentException.class, () -> new EpsilonRelease()
                .release(votes, new GnMaxOptions(40), DEPENDENT.withAnalysis(AnalysisKind.DATA_INDEPENDENT),
                        QueryOutcomes.none(), NoiseSource.seeded(1)));
        assertTrue(independent.getMessage().contains("does not depend on the votes"), independent.getMessage());
        IllegalArgumentException lnMax = assertThrows(IllegalArgumentException.class, () -> new EpsilonRelease()
                .release(votes, new LnMaxOptions(50), DEPENDENT, QueryOutcomes.none(), NoiseSource.seeded(1)));
        assertTrue(lnMax.getMessage().contains("aggregator=lnmax"), lnMax.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReleaseOptions(10.0, 0.06, null));
    }

    @Test
    void fixedParametersAreUsedAsGiven() {
        Votes votes = PateTables.randomVotes().first(50);
        ReleaseOptions fixed = new ReleaseOptions(12.0, 0.03, 9.0);
        ReleasedEpsilon released = new EpsilonRelease(fixed).release(votes, new GnMaxOptions(40), DEPENDENT,
                QueryOutcomes.none(), NoiseSource.seeded(3));
        assertEquals(12.0, released.order());
        assertEquals(0.03, released.parameters().beta());
        assertEquals(9.0, released.parameters().noiseMultiplier());
        assertTrue(released.guarantee().warnings().stream().noneMatch(w -> w.contains("chosen on the private votes")));
    }
}
