package org.veil.core.privacy.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;

/**
 * The accountant against Google dp_accounting 0.6.0 (google/differential-privacy@b5b0286).
 *
 * <p>Reference values come from /work/refs/scripts/pld_wt_reference.py (output beside it in
 * pld_wt_reference.out), which calls
 * {@code privacy_loss_distribution.from_gaussian_mechanism(sigma, sampling_prob=q,
 * pessimistic_estimate=True, value_discretization_interval=H)} (connect-the-dots, add/remove-one,
 * log_mass_truncation_bound=-50) then {@code .self_compose(T).get_epsilon_for_delta(delta)}, at
 * H = 1e-4 (dp_accounting's default, {@code refEps}) and at a finer H ({@code fineH}: 2e-5, or 5e-5
 * for T = 100000; {@code refFine}); {@code pbOpt} is the privacy-buckets optimistic value
 * ({@code use_connect_dots=False, pessimistic_estimate=False}, H = 1e-4), a lower bound on the
 * true epsilon; {@code rdp} is {@code RdpAccountant()} (default orders) on the same events.
 *
 * <p>Tolerance. Veil's epsilon e and the reference r are both pessimistic: e &gt;= true &gt;= e - err
 * (err = Veil's epsilonError, from its optimistic bound) and r &gt;= true. The reference's own
 * discretisation slack s = r - refFine bounds r - true up to refFine's much smaller error. Hence
 * e - r &lt;= e - true &lt;= err and r - e &lt;= r - true &lt;= s, i.e. |e - r| &lt;= err + s, plus 2e-5
 * for floating-point noise of the FFTs (measured: up to 7e-6 at T = 100000, delta = 1e-7) and
 * refFine's own error. Since both use connect-the-dots at the same H = 1e-4, the two should in
 * fact agree far closer; that is asserted too (2e-5 + 1e-7 * e), as an implementation check.
 */
class PldAccountantTest {
    private static final double NOISE = 2e-5;
    private static final PldAccountant PLD = new PldAccountant();

    private static PrivacyGuarantee eps(double q, double sigma, long steps, double delta) {
        return PLD.epsilon(PrivacyLedger.of(new SubsampledGaussian(sigma, q), steps), delta);
    }

    @ParameterizedTest(name = "q={0} sigma={1} T={2} delta={3}")
    @CsvSource({
        // q, sigma, T, delta, refEps (dp_accounting CtD, H=1e-4), fineH, refFine (CtD at fineH),
        // pbOpt (privacy buckets optimistic, H=1e-4), rdp (RdpAccountant default orders)
        "0.01, 1.1, 10000, 1e-05, 5.192620123878032, 2e-05, 5.1925849246770035, 4.692597603617754, 5.632010670081592",
        "0.01, 1.1, 1000, 1e-05, 1.5153702481117373, 2e-05, 1.5153622493416246, 1.465365666032374, 1.7117701662429012",
        "0.01, 1.1, 100000, 1e-05, 21.08968765892346, 5e-05, 21.089553449608292, 16.089556160827197, 22.50829106898665",
        "0.001, 0.8, 100000, 1e-07, 3.226938933469929, 5e-05, 3.2263931101970984, 0, 3.541120945883255",
        "0.001, 1.1, 10000, 1e-07, 0.5310988344607924, 2e-05, 0.5307865650772761, 0.030582688301208152, 0.939149523253461",
        "0.05, 0.6, 1000, 1e-05, 35.971337815640425, 2e-05, 35.97133655044331, 35.92133415446251, 40.96884000798707",
        "0.05, 1.1, 10, 0.001, 0.6080107274529192, 2e-05, 0.6080106662671224, 0.607510689814651, 0.9534004853314936",
        "0.05, 4.0, 10000, 1e-05, 5.807583641827069, 2e-05, 5.807551864372145, 5.307561908986018, 6.264461088787069",
        "0.25, 2.0, 100, 0.001, 4.611821029548641, 2e-05, 4.611820821402159, 4.606820861058225, 5.260084024126741",
        "0.25, 0.8, 10, 1e-05, 8.797182089990253, 2e-05, 8.797182070220876, 8.79668207513194, 10.032427508011203",
        "0.25, 1.0, 1000, 1e-05, 82.54904086652945, 2e-05, 82.54903983051398, 82.49903987586796, 106.57741137283988",
        "0.01, 0.6, 100, 1e-07, 5.663780225655243, 2e-05, 5.66377989164888, 5.658776397626889, 6.747080746454007",
        "1.0, 1.0, 1, 1e-05, 4.37717810002877, 2e-05, 4.3771780958309, 4.377128098285145, 4.728507067217623",
        "1.0, 4.0, 100, 1e-07, 15.584513058342308, 2e-05, 15.584512889592999, 15.57951290331698, 16.423008751082513",
        "1.0, 2.0, 10, 0.001, 5.587133321665992, 2e-05, 5.5871332984396105, 5.586633305545277, 6.236179598710199",
        "0.001, 2.0, 1, 1e-05, 0.0015074294815613464, 2e-05, 0.0015068820447073307, 0.0014583806584277973, 0.12065465936864729",
    })
    void matchesDpAccountingWithinTheStatedError(ArgumentsAccessor row) {
        double refEps = row.getDouble(4);
        double refFine = row.getDouble(6);
        double pbOpt = row.getDouble(7);
        double rdp = row.getDouble(8);
        PrivacyGuarantee g = eps(row.getDouble(0), row.getDouble(1), row.getLong(2), row.getDouble(3));
        double e = g.epsilon();
        double err = g.epsilonError();
        double lower = e - err;
        double slack = Math.max(0, refEps - refFine);
        assertTrue(Math.abs(e - refEps) <= err + slack + NOISE,
                "veil " + e + " (err " + err + ") vs dp_accounting " + refEps + " (slack " + slack + ")");
        assertTrue(Math.abs(e - refEps) <= NOISE + 1e-7 * e, "same algorithm, same grid: " + e + " vs " + refEps);
        // Veil's lower bound is below every upper bound the reference gives, its upper bound above its lower bound
        assertTrue(lower <= refFine + NOISE, "lower bound " + lower + " above dp_accounting's fine upper " + refFine);
        assertTrue(e >= pbOpt, "upper bound " + e + " below dp_accounting's optimistic " + pbOpt);
        assertTrue(e < rdp, "PLD " + e + " should beat RDP " + rdp);
    }

    @Test
    void headlineCaseIsTightAndBeatsRdp() {
        // dp_accounting 0.6.0 @b5b0286: from_gaussian_mechanism(1.1, sampling_prob=0.01), self_compose(10000),
        // get_epsilon_for_delta(1e-5): 5.192620123878032 at H=1e-4, 5.1925849246770035 at H=2e-5;
        // RdpAccountant(): 5.632010670081592
        PrivacyGuarantee g = eps(0.01, 1.1, 10_000, 1e-5);
        assertEquals(5.192620123878032, g.epsilon(), 1e-6);
        assertTrue(g.epsilon() - g.epsilonError() <= 5.1925849246770035, "bracket holds the finer reference");
        assertTrue(g.epsilonError() < 2e-4, "epsilonError " + g.epsilonError());
        assertTrue(g.epsilon() < 5.632010670081592);
    }

    @ParameterizedTest
    @CsvSource({
        // entries as q:sigma:T;..., delta, refEps (dp_accounting PLDAccountant(H=1e-4)), refFine (H=2e-5), rdp
        // dp_accounting 0.6.0 @b5b0286: PLDAccountant(value_discretization_interval=H).compose(
        //   PoissonSampledDpEvent(q, GaussianDpEvent(sigma)), T) per entry (GaussianDpEvent(sigma) for q=1), get_epsilon(delta)
        "0.01:1.1:5000;0.05:2.0:1000, 1e-5, 5.3330061687842845, 5.332985363343084, 5.77861179882544",
        "1.0:4.0:10;0.01:1.0:2000, 1e-6, 4.895036776172865, 4.895028088259387, 5.253209195193478"
    })
    void heterogeneousLedgersMatchDpAccounting(String entries, double delta, double refEps, double refFine, double rdp) {
        PrivacyLedger ledger = new PrivacyLedger();
        for (String e : entries.split(";")) {
            String[] f = e.split(":");
            ledger.record(new SubsampledGaussian(Double.parseDouble(f[1]), Double.parseDouble(f[0])), Long.parseLong(f[2]));
        }
        PrivacyGuarantee g = PLD.epsilon(ledger, delta);
        double slack = refEps - refFine;
        assertTrue(Math.abs(g.epsilon() - refEps) <= g.epsilonError() + slack + NOISE, g.epsilon() + " vs " + refEps);
        assertTrue(g.epsilon() - g.epsilonError() <= refFine + NOISE);
        assertTrue(g.epsilon() < rdp);
        // the same wording as the RDP accountant: one part per kind of step, in ledger order
        assertEquals(entries.startsWith("1.0:") ? "no subsampling (add/remove-one); Poisson sampling (add/remove-one)"
                : "Poisson sampling (add/remove-one)", g.samplingAssumption());
    }

    @Test
    void guaranteeStatesHowItWasObtained() {
        PrivacyGuarantee g = eps(0.01, 1.1, 1000, 1e-5);
        assertEquals("pld", g.accountant());
        assertEquals(1e-5, g.delta());
        assertNull(g.order());
        assertNull(g.orderRange());
        assertEquals("Poisson sampling (add/remove-one)", g.samplingAssumption());
        assertTrue(g.method().contains("interval 0.000100") && g.method().contains("true epsilon within ["),
                g.method());
        assertTrue(g.epsilonError() > 0 && g.epsilonError() < 1e-3);
        assertTrue(g.warnings().isEmpty(), g.warnings().toString());
        PrivacyGuarantee plain = eps(1.0, 1.0, 1, 1e-5);
        assertEquals("no subsampling (add/remove-one)", plain.samplingAssumption());
        assertTrue(plain.method().contains("symmetric pair"), plain.method());
    }

    @Test
    void coarsenedGridsAndLargeErrorsAreWarnedAbout() {
        PrivacyGuarantee g = eps(0.01, 1.1, 1_000_000, 1e-5);
        assertTrue(g.warnings().stream().anyMatch(w -> w.contains("coarsened")), g.warnings().toString());
        PldAccountant coarse = new PldAccountant(new PldOptions().withDiscretisationInterval(0.05));
        PrivacyGuarantee c = coarse.epsilon(PrivacyLedger.of(new SubsampledGaussian(1.1, 0.01), 10_000), 1e-5);
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("uncertain")), c.warnings().toString());
        assertTrue(c.epsilon() - c.epsilonError() <= 5.1925849246770035 && 5.1925849246770035 <= c.epsilon());
    }

    @Test
    void deltaBelowTheTruncatedMassGivesNoFiniteEpsilon() {
        PldAccountant loose = new PldAccountant(new PldOptions().withTailMassTruncation(1e-6));
        PrivacyGuarantee g = loose.epsilon(PrivacyLedger.of(new SubsampledGaussian(1.1, 0.01), 100), 1e-7);
        assertEquals(Double.POSITIVE_INFINITY, g.epsilon());
        assertNull(g.epsilonError());
        assertTrue(g.warnings().get(0).contains("no finite epsilon"), g.warnings().toString());
    }

    @Test
    void equalMechanismsAnywhereInTheLedgerAreMerged() {
        SubsampledGaussian a = new SubsampledGaussian(1.1, 0.01);
        SubsampledGaussian b = new SubsampledGaussian(2.0, 0.05);
        PrivacyLedger split = PrivacyLedger.of(List.of(new LedgerEntry(a, 300), new LedgerEntry(b, 50),
                new LedgerEntry(a, 700)));
        assertEquals(List.of(new org.veil.core.privacy.analysis.pld.GaussianSteps(1.1, 0.01, 1000),
                new org.veil.core.privacy.analysis.pld.GaussianSteps(2.0, 0.05, 50)), PldAccountant.steps(split));
        PrivacyLedger whole = PrivacyLedger.of(List.of(new LedgerEntry(a, 1000), new LedgerEntry(b, 50)));
        assertEquals(PLD.epsilon(whole, 1e-5).epsilon(), PLD.epsilon(split, 1e-5).epsilon(), 1e-12);
    }

    @Test
    void validatesItsInputsAndNamesItself() {
        assertEquals("pld", PLD.name());
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.0, 0.01), 10);
        for (double bad : new double[] {0, 1, -1e-5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PLD.epsilon(ledger, bad));
            assertTrue(e.getMessage().startsWith("delta="), e.getMessage());
        }
        PrivacyGuarantee none = PLD.epsilon(new PrivacyLedger(), 1e-5);
        assertEquals(0, none.epsilon());
        assertEquals("pld", none.accountant());
    }

    @Test
    void absurdBudgetsFailFastWithAOneLineRdpSuggestion() {
        for (double[] c : new double[][] {{0.01, 0.05, 1e7}, {1.0, 0.001, 1}}) {
            long start = System.nanoTime();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> eps(c[0], c[1], (long) c[2], 1e-5));
            assertTrue(e.getMessage().contains("--accountant rdp") && !e.getMessage().contains("\n"), e.getMessage());
            assertTrue(System.nanoTime() - start < 10e9, "refused without building a huge grid");
        }
    }
}
