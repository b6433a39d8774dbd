package org.veil.lfr.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FairnessMetricsTest {

    /**
     * Privileged group 1: (y, ŷ) = (1,1) (1,0) (0,1) (0,0) (1,1): 5 rows, 3 selected, 3 positives, TP 2, FP 1,
     * so P(ŷ=1) = 0.6, TPR 2/3, FPR 1/2. Unprivileged group 0: (1,1) (0,0) (0,0) (1,0): 4 rows, 1 selected,
     * 2 positives, TP 1, FP 0: P(ŷ=1) = 0.25, TPR 1/2, FPR 0. Then SPD = 0.25 − 0.6 = −0.35,
     * DI = 0.25/0.6 = 5/12, EOD = 1/2 − 2/3 = −1/6, AOD = ((0 − 1/2) + (−1/6))/2 = −1/3; accuracy 6/9;
     * over all rows TPR = 3/5, TNR = 3/4, balanced accuracy 0.675.
     */
    @Test
    void handComputedBinaryCase() {
        int[] y = {1, 1, 0, 0, 1, 1, 0, 0, 1};
        int[] p = {1, 0, 1, 0, 1, 1, 0, 0, 0};
        int[] g = {1, 1, 1, 1, 1, 0, 0, 0, 0};
        FairnessReport r = FairnessMetrics.of(y, p, g, 2, new int[] {1}, 1);
        assertEquals(-0.35, r.statisticalParityDifference(), 1e-15);
        assertEquals(5.0 / 12, r.disparateImpact(), 1e-15);
        assertEquals(-1.0 / 6, r.equalOpportunityDifference(), 1e-15);
        assertEquals(-1.0 / 3, r.averageOddsDifference(), 1e-15);
        assertEquals(6.0 / 9, r.accuracy(), 1e-15);
        assertEquals(0.675, r.balancedAccuracy(), 1e-15);
        assertEquals(-0.35, r.worstParityDifference(), 1e-15);
        // the favourable class is a parameter: with class 0 favourable, selection rates become 1 − these
        FairnessReport r0 = FairnessMetrics.of(y, p, g, 2, new int[] {1}, 0);
        assertEquals(0.75 - 0.4, r0.statisticalParityDifference(), 1e-15);
    }

    /**
     * Three groups, group 2 privileged: group 0 selects 1 of 2, group 1 0 of 2, group 2 2 of 2. Pooled
     * unprivileged side selects 1 of 4: SPD = 0.25 − 1 = −0.75; per group 0.5 − 1 and 0 − 1, worst −1.
     */
    @Test
    void multiValuedGroupsPoolTheUnprivilegedSideAndReportTheWorstGroup() {
        int[] y = {1, 0, 1, 0, 1, 1};
        int[] p = {1, 0, 0, 0, 1, 1};
        int[] g = {0, 0, 1, 1, 2, 2};
        FairnessReport r = FairnessMetrics.of(y, p, g, 3, new int[] {2}, 1);
        assertEquals(-0.75, r.statisticalParityDifference(), 1e-15);
        assertEquals(-1.0, r.worstParityDifference(), 1e-15);
        assertEquals(3, r.groups().size());
        assertEquals(0.5, r.groups().get(0).selectionRate(), 1e-15);
    }

    /** numpy's conventions, as AIF360 inherits them: 0/0 is nan, x/0 is inf. */
    @Test
    void disparateImpactWithAZeroDenominator() {
        int[] g = {0, 0, 1, 1};
        int[] y = {1, 0, 1, 0};
        assertTrue(Double.isNaN(FairnessMetrics.of(y, new int[] {0, 0, 0, 0}, g, 2, new int[] {1}, 1)
                .disparateImpact()));
        assertEquals(Double.POSITIVE_INFINITY, FairnessMetrics.of(y, new int[] {1, 0, 0, 0}, g, 2, new int[] {1}, 1)
                .disparateImpact());
        // no positives on a side: TPR is undefined there, and so are EOD and AOD
        assertTrue(Double.isNaN(FairnessMetrics.of(new int[] {0, 0, 1, 0}, new int[] {1, 0, 0, 0}, g, 2,
                new int[] {1}, 1).equalOpportunityDifference()));
    }

    @Test
    void badInputIsRefusedWithTheRule() {
        var e1 = assertThrows(IllegalArgumentException.class, () ->
                FairnessMetrics.of(new int[] {1}, new int[] {1, 0}, new int[] {0}, 2, new int[] {1}, 1));
        assertTrue(e1.getMessage().contains("must be equal"), e1.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () ->
                FairnessMetrics.of(new int[] {1, 0}, new int[] {1, 0}, new int[] {0, 0}, 2, new int[] {1}, 1));
        assertTrue(e2.getMessage().contains("privileged side has no rows"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class, () ->
                FairnessMetrics.of(new int[] {1, 0}, new int[] {1, 0}, new int[] {0, 2}, 2, new int[] {1}, 1));
        assertEquals("groups[1]=2, allowed: [0, 2)", e3.getMessage());
    }
}
