package org.veil.core.privacy.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.testing.ReferenceTable;

/**
 * The PLD accountant against Google dp_accounting 0.6.0 (reference/pld-epsilon.csv, origin in its header), against
 * the exact Gaussian mechanism, against Veil's RDP accountant, and for the properties every epsilon must have.
 */
class PldAccountantTest {
    private static final PldAccountant PLD = new PldAccountant();

    /**
     * Tolerance. Veil's answer brackets the true epsilon: eps - epsilonError &lt;= true &lt;= eps. dp_accounting's
     * values are upper bounds too, above the truth by its own discretisation error, which the two intervals
     * measure: slack = |eps(1e-4) - eps(5e-5)| (the error is second order in h, so eps(5e-5) - slack is below the
     * truth). Hence |eps_veil - eps_ref| &lt;= epsilonError + slack, and, one-sided and sharper, Veil's lower end
     * can never exceed a reference upper bound.
     */
    @Test
    void matchesDpAccountingWithinTheStatedError() {
        RdpAccountant rdp = new RdpAccountant();
        int rows = 0;
        for (Map<String, String> row : ReferenceTable.load("/reference/pld-epsilon.csv").rows()) {
            PrivacyLedger ledger = ledger(row.get("parts"));
            double delta = ReferenceTable.number(row, "delta");
            double coarse = ReferenceTable.number(row, "eps_h1e4");
            double fine = ReferenceTable.number(row, "eps_h5e5");
            double slack = Math.abs(coarse - fine);
            PrivacyGuarantee g = PLD.epsilon(ledger, delta);
            double lower = g.epsilon() - g.epsilonError();
            assertTrue(Math.abs(g.epsilon() - fine) <= g.epsilonError() + slack + 1e-9,
                    () -> row + ": veil " + g.epsilon() + " +- " + g.epsilonError());
            assertTrue(lower <= Math.min(coarse, fine) + 1e-9, () -> row + ": lower end " + lower);
            assertTrue(g.epsilon() <= rdp.epsilon(ledger, delta).epsilon(), () -> row + ": above RDP " + g.epsilon());
            rows++;
        }
        assertEquals(15, rows);
    }

    @Test
    void headlineCaseIsTightAndBelowRdp() {
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.1, 0.01), 10_000);
        PrivacyGuarantee g = PLD.epsilon(ledger, 1e-5);
        // dp_accounting 0.6.0 PLDAccountant(), h = 5e-5: 5.192592608298824 (reference/pld-epsilon.csv, row headline)
        assertEquals(5.192592608298824, g.epsilon(), 2e-3);
        assertTrue(g.epsilonError() < 2e-3, "bracket " + g.epsilonError());
        // Veil's RDP accountant, default grid: about 5.632 (RdpAccountantTest checks it against Opacus)
        assertTrue(g.epsilon() < new RdpAccountant().epsilon(ledger, 1e-5).epsilon() - 0.4);
        assertEquals("pld", g.accountant());
        assertNull(g.order());
        assertNull(g.orderRange());
        assertEquals("Poisson sampling (add/remove-one)", g.samplingAssumption());
        assertTrue(g.method().contains("true epsilon within ["), g.method());
        assertTrue(g.method().contains("connect-the-dots"), g.method());
        assertTrue(g.describe().contains("above the exact epsilon"), g.describe());
        assertTrue(g.warnings().isEmpty(), g.warnings().toString());
    }

    /**
     * q = 1 is the Gaussian mechanism, whose exact curve is delta(eps) = Phi(1/(2s) - eps s) - e^eps Phi(-1/(2s) - eps s)
     * (Balle and Wang 2018, Theorem 8); T runs of it are one run with s / sqrt(T) (the losses add as Gaussians).
     */
    @Test
    void gaussianMechanismAndItsCompositionsMatchTheExactCurve() {
        double[][] cases = {{1.0, 1, 1e-5}, {0.5, 1, 1e-5}, {4.0, 10, 1e-7}, {2.0, 1000, 1e-3}, {0.8, 100, 1e-6},
            {10.0, 1, 1e-5}};
        for (double[] c : cases) {
            PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(c[0], 1.0), (long) c[1]);
            PrivacyGuarantee g = PLD.epsilon(ledger, c[2]);
            double exact = ExactGaussian.epsilon(c[0] / Math.sqrt(c[1]), c[2]);
            assertTrue(g.epsilon() >= exact - 1e-9, () -> "below the exact value at " + c[0] + " " + g.epsilon());
            assertTrue(g.epsilon() - g.epsilonError() <= exact + 1e-9, () -> "bracket misses at " + c[0]);
            assertTrue(g.epsilonError() < 1e-4 * Math.max(1, exact), () -> "loose at " + c[0] + ": " + g.epsilonError());
            assertEquals("no subsampling (add/remove-one)", g.samplingAssumption());
        }
    }

    @Test
    void epsilonGrowsWithStepsAndRateAndFallsWithNoiseAndDelta() {
        double base = eps(1.0, 0.01, 1000, 1e-5);
        assertTrue(eps(1.0, 0.01, 2000, 1e-5) > base);
        assertTrue(eps(1.0, 0.02, 1000, 1e-5) > base);
        assertTrue(eps(1.2, 0.01, 1000, 1e-5) < base);
        assertTrue(eps(1.0, 0.01, 1000, 1e-6) > base);
        double previous = 0;
        for (long steps = 1; steps <= 100_000; steps *= 10) {
            double e = eps(0.8, 0.005, steps, 1e-5);
            assertTrue(e > previous, "steps=" + steps);
            previous = e;
        }
        previous = Double.POSITIVE_INFINITY;
        for (double delta : new double[] {1e-9, 1e-7, 1e-5, 1e-3, 1e-1}) {
            double e = eps(1.0, 0.05, 500, delta);
            assertTrue(e < previous, "delta=" + delta); // eps(delta) falls as delta(eps) falls
            previous = e;
        }
    }

    @Test
    void staysBelowRdpAcrossRegimes() {
        RdpAccountant rdp = new RdpAccountant();
        double[][] cases = {{0.6, 0.25, 100, 1e-5}, {4.0, 0.001, 1, 1e-3}, {1.0, 0.05, 10_000, 1e-7},
            {2.0, 0.01, 100_000, 1e-5}, {0.8, 0.001, 100_000, 1e-7}};
        for (double[] c : cases) {
            PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(c[0], c[1]), (long) c[2]);
            double pld = PLD.epsilon(ledger, c[3]).epsilon();
            assertTrue(pld <= rdp.epsilon(ledger, c[3]).epsilon(), () -> "sigma=" + c[0] + " q=" + c[1] + ": " + pld);
        }
    }

    @Test
    void heterogeneousLedgerDependsOnlyOnTheCountsPerMechanism() {
        PrivacyLedger split = new PrivacyLedger();
        split.record(new SubsampledGaussian(1.1, 0.01), 3000);
        split.record(new SubsampledGaussian(2.0, 0.05), 2000);
        split.record(new SubsampledGaussian(1.1, 0.01), 2000);
        PrivacyLedger merged = new PrivacyLedger();
        merged.record(new SubsampledGaussian(2.0, 0.05), 2000);
        merged.record(new SubsampledGaussian(1.1, 0.01), 5000);
        PrivacyGuarantee a = PLD.epsilon(split, 1e-5);
        assertEquals(a.epsilon(), PLD.epsilon(merged, 1e-5).epsilon(), 1e-9); // only rounding may differ
        assertTrue(a.epsilon() > eps(1.1, 0.01, 5000, 1e-5));
        assertTrue(a.epsilon() > eps(2.0, 0.05, 2000, 1e-5));
    }

    @Test
    void emptyLedgerAndTinyLossesGiveZero() {
        assertEquals(0.0, PLD.epsilon(new PrivacyLedger(), 1e-5).epsilon());
        // dp_accounting 0.6.0 gives 0 for q=0.001, sigma=4, 1 step, delta=1e-3 (reference/pld-epsilon.csv, row c9)
        PrivacyGuarantee g = PLD.epsilon(PrivacyLedger.of(new SubsampledGaussian(4.0, 0.001), 1), 1e-3);
        assertEquals(0.0, g.epsilon());
        assertEquals(0.0, g.epsilonError());
    }

    @Test
    void rejectsBadDeltaAndAbsurdBudgetsQuickly() {
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.0, 0.01), 10);
        for (double d : new double[] {0, 1, -1e-5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> PLD.epsilon(ledger, d));
        }
        PrivacyLedger absurd = PrivacyLedger.of(new SubsampledGaussian(0.05, 0.01), 10_000_000);
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IllegalArgumentException.class, () -> PLD.epsilon(absurd, 1e-5)));
        assertTrue(e.getMessage().contains("--accountant rdp"), e.getMessage());
        assertTrue(e.getMessage().contains("maxGridSize"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void optionsAreValidatedAndVaried() {
        PldOptions d = new PldOptions();
        assertEquals(1e-6, d.discretisationInterval());
        assertEquals(1 << 16, d.targetGridSize());
        assertEquals(1 << 20, d.maxGridSize());
        assertThrows(IllegalArgumentException.class, () -> d.withDiscretisationInterval(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxGridSize(1000));
        assertThrows(IllegalArgumentException.class, () -> d.withTailMass(0));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxInterval(1e-7));
        assertEquals(1 << 12, d.withMaxGridSize(1 << 12).targetGridSize(), "target follows a smaller maximum");
        assertEquals(1e-15, d.tailMass());
        // a finer target grid tightens the bracket
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.1, 0.01), 1000);
        PrivacyGuarantee coarse = new PldAccountant(d.withTargetGridSize(1 << 12)).epsilon(ledger, 1e-5);
        PrivacyGuarantee fine = PLD.epsilon(ledger, 1e-5);
        assertTrue(fine.epsilonError() < coarse.epsilonError());
        assertTrue(fine.epsilon() <= coarse.epsilon() + 1e-12);
    }

    private static double eps(double sigma, double q, long steps, double delta) {
        return PLD.epsilon(PrivacyLedger.of(new SubsampledGaussian(sigma, q), steps), delta).epsilon();
    }

    private static PrivacyLedger ledger(String parts) {
        PrivacyLedger ledger = new PrivacyLedger();
        for (String part : parts.split("\\|")) {
            String[] f = part.split(";");
            ledger.record(new SubsampledGaussian(Double.parseDouble(f[1]), Double.parseDouble(f[0])),
                    Long.parseLong(f[2]));
        }
        return ledger;
    }
}
