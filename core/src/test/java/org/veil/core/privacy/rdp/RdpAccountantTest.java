package org.veil.core.privacy.rdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.core.testing.ReferenceTable;

/** Epsilon of the RDP accountant against Opacus and dp_accounting (origins in reference/rdp-epsilon.csv). */
class RdpAccountantTest {
    /** dp_accounting's and Opacus's default grid: 1.1..10.9 by 0.1, 11..63, then 128, 256, 512. */
    private static final OrderGrid REFERENCE_GRID = OrderGrid.of(DoubleStream.concat(
            IntStream.range(1, 100).mapToDouble(x -> 1 + x / 10.0),
            DoubleStream.concat(IntStream.range(11, 64).asDoubleStream(), DoubleStream.of(128, 256, 512))).toArray());

    @Test
    void matchesOpacusEpsilonAndOrderToOneMillionth() {
        RdpAccountant accountant = new RdpAccountant(new RdpOptions().withOrders(REFERENCE_GRID));
        for (Map<String, String> row : ReferenceTable.load("/reference/rdp-epsilon.csv").rows()) {
            PrivacyGuarantee g = accountant.epsilon(ledger(row), ReferenceTable.number(row, "delta"));
            double expected = ReferenceTable.number(row, "opacus_eps");
            assertEquals(expected, g.epsilon(), 1e-6 * expected, () -> "epsilon at " + row);
            assertEquals(ReferenceTable.number(row, "opacus_order"), g.order(), 1e-12, () -> "order at " + row);
            // dp_accounting's abs-value series can only be larger (equal at integer optimal orders)
            assertTrue(g.epsilon() <= ReferenceTable.number(row, "dp_accounting_eps") * (1 + 1e-6), () -> "vs dp_accounting "
                    + row);
        }
    }

    @Test
    void headlineCaseWithTheDefaultGridIsNoWorseThanTheReferenceGrid() {
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.1, 0.01), 10_000);
        PrivacyGuarantee wide = new RdpAccountant().epsilon(ledger, 1e-5);
        // opacus 4d0ebc84 on its default grid: 5.63199236854841 at order 4.7 (reference/rdp-epsilon.csv row 1)
        assertTrue(wide.epsilon() <= 5.63199236854841 * (1 + 1e-9));
        assertTrue(wide.epsilon() > 5.5, "a finer grid cannot move the optimum far: " + wide.epsilon());
        assertEquals("rdp", wide.accountant());
        assertTrue(wide.describe().contains("delta = 1.00e-05"), wide.describe());
        assertTrue(wide.describe().contains("Poisson sampling"), wide.describe());
        assertTrue(wide.warnings().isEmpty(), wide.warnings().toString());
    }

    @Test
    void classicConversionIsLooserThanImproved() {
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.0, 0.02), 5000);
        double improved = new RdpAccountant().epsilon(ledger, 1e-5).epsilon();
        PrivacyGuarantee classic = new RdpAccountant(new RdpOptions().withConversion(RdpConversion.CLASSIC))
                .epsilon(ledger, 1e-5);
        assertTrue(classic.epsilon() > improved);
        // classic = min over orders of rdp + log(1/delta)/(order-1) (Mironov 2017, Prop 3), recomputed here
        double[] orders = OrderGrid.standard().orders();
        double[] rdp = org.veil.core.privacy.analysis.RdpAnalysis.curve(ledger, orders);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < orders.length; i++) {
            best = Math.min(best, rdp[i] + Math.log(1e5) / (orders[i] - 1));
        }
        assertEquals(best, classic.epsilon(), 1e-12 * best);
    }

    @Test
    void warnsWhenTheOptimumIsOnTheGridEdge() {
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.0, 0.01), 1000);
        PrivacyGuarantee g = new RdpAccountant(new RdpOptions().withOrders(OrderGrid.of(2, 3))).epsilon(ledger, 1e-5);
        assertEquals(3.0, g.order());
        assertEquals(1, g.warnings().size());
        assertTrue(g.warnings().get(0).contains("edge of the order grid"), g.warnings().toString());
    }

    @Test
    void epsilonGrowsWithStepsAndRateAndShrinksWithNoise() {
        RdpAccountant a = new RdpAccountant();
        double base = eps(a, 1.0, 0.01, 1000);
        assertTrue(eps(a, 1.0, 0.01, 2000) > base);
        assertTrue(eps(a, 1.0, 0.02, 1000) > base);
        assertTrue(eps(a, 1.2, 0.01, 1000) < base);
        double prev = 0;
        for (int steps = 1; steps <= 100_000; steps *= 10) {
            double e = eps(a, 0.8, 0.005, steps);
            assertTrue(e > prev, "steps=" + steps);
            prev = e;
        }
    }

    @Test
    void heterogeneousLedgerComposesAdditively() {
        PrivacyLedger mixed = new PrivacyLedger();
        mixed.record(new SubsampledGaussian(1.0, 0.01), 300);
        mixed.record(new SubsampledGaussian(2.0, 0.05), 200);
        mixed.record(new SubsampledGaussian(1.0, 0.01), 100);
        assertEquals(3, mixed.entries().size());
        double[] orders = {2, 8, 32};
        double[] total = org.veil.core.privacy.analysis.RdpAnalysis.curve(mixed, orders);
        double[] a = org.veil.core.privacy.analysis.RdpAnalysis.curve(new SubsampledGaussian(1.0, 0.01), orders);
        double[] b = org.veil.core.privacy.analysis.RdpAnalysis.curve(new SubsampledGaussian(2.0, 0.05), orders);
        for (int i = 0; i < orders.length; i++) {
            assertEquals(400 * a[i] + 200 * b[i], total[i], 1e-12 * total[i]);
        }
        double eMixed = new RdpAccountant().epsilon(mixed, 1e-5).epsilon();
        assertTrue(eMixed > eps(new RdpAccountant(), 1.0, 0.01, 400));
    }

    @Test
    void emptyLedgerAndTinyRdpGiveZero() {
        assertEquals(0.0, new RdpAccountant().epsilon(new PrivacyLedger(), 1e-5).epsilon());
        // one step at q = 1e-6 with huge noise: RDP ~ 1e-15 so delta^2 > 1 - exp(-rdp) (Bretagnolle-Huber)
        assertEquals(0.0, eps(new RdpAccountant(), 50, 1e-6, 1));
    }

    @Test
    void rejectsDeltaOutsideTheOpenUnitInterval() {
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(1.0, 0.01), 10);
        for (double d : new double[] {0, 1, -1e-5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new RdpAccountant().epsilon(ledger, d));
            assertEquals("delta=" + d + ", allowed: (0, 1)", e.getMessage());
        }
    }

    @Test
    void gridParsingAndValidation() {
        assertEquals(OrderGrid.of(2, 4, 8), OrderGrid.parse("8, 4,2,4"));
        OrderGrid range = OrderGrid.parse("1.5:3");
        assertEquals(1.5, range.min());
        assertEquals(3.0, range.max());
        assertTrue(range.size() > 10);
        assertEquals("order=1.0, allowed: > 1 and finite",
                assertThrows(IllegalArgumentException.class, () -> OrderGrid.parse("1,2")).getMessage());
        assertEquals("order='x', allowed: a number > 1",
                assertThrows(IllegalArgumentException.class, () -> OrderGrid.parse("2,x")).getMessage());
        OrderGrid std = OrderGrid.standard();
        assertEquals(1.01, std.min());
        assertEquals(1024.0, std.max());
        assertEquals(178, std.size());
        assertEquals("1.01-1024 (178 orders)", std.describe());
        // every order of the reference implementations' grid up to 64 is in Veil's default grid
        for (double a : REFERENCE_GRID.orders()) {
            if (a <= 64) {
                assertTrue(java.util.Arrays.stream(std.orders()).anyMatch(o -> Math.abs(o - a) < 1e-12), "missing " + a);
            }
        }
    }

    private static double eps(RdpAccountant a, double sigma, double q, long steps) {
        return a.epsilon(PrivacyLedger.of(new SubsampledGaussian(sigma, q), steps), 1e-5).epsilon();
    }

    private static PrivacyLedger ledger(Map<String, String> row) {
        return PrivacyLedger.of(new SubsampledGaussian(ReferenceTable.number(row, "sigma"), ReferenceTable.number(row, "q")),
                (long) ReferenceTable.number(row, "steps"));
    }
}
