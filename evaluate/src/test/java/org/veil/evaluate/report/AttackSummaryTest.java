package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.metric.RocCurve;
import org.veil.evaluate.metric.Slices;

class AttackSummaryTest {
    // Four members, four non-members; at threshold 0.5: TP 3, FN 1, FP 1, TN 3.
    private static final double[] MEMBERS = {0.9, 0.8, 0.6, 0.2};
    private static final double[] NON_MEMBERS = {0.7, 0.4, 0.3, 0.1};

    private static AttackResult result(double empiricalEpsilon) {
        AttackResult.Confusion c = AttackResult.Confusion.at(0.5, MEMBERS, NON_MEMBERS);
        return new AttackResult("threshold", MEMBERS, NON_MEMBERS, new int[] {0, 1, 2, 3}, new int[] {0, 1, 2, 3},
                RocCurve.of(MEMBERS, NON_MEMBERS), 0.5, "test", c, empiricalEpsilon, 1);
    }

    @Test
    void carriesTheResultsNumbers() {
        AttackResult r = result(0.3);
        AttackSummary s = AttackSummary.of(r, 1.0);
        assertEquals(r.auc(), s.auc());
        assertEquals(12.0 / 16, s.auc(), 1e-15, "Mann-Whitney: 4 + 4 + 3 + 1 = 12 of 16 pairs ordered right");
        assertEquals(r.tprAt0_1PctFpr(), s.tprAt0_1PctFpr());
        assertEquals(r.tprAt1PctFpr(), s.tprAt1PctFpr());
        assertEquals(r.advantage(), s.advantage());
        assertEquals(0.75, s.ppv(), 1e-15, "TP 3 / (TP 3 + FP 1)");
        assertEquals(0.75, s.balancedAccuracy(), 1e-15, "(TPR 3/4 + TNR 3/4) / 2 at the threshold");
        assertEquals(4, s.members());
        assertEquals(4, s.nonMembers());
        assertEquals(0.3, s.empiricalEpsilonLowerBound());
        assertEquals(AttackIntervals.none(), s.intervals());
        assertTrue(s.sliceAuc().isEmpty());
        assertEquals(RocPoints.of(r.roc()), s.roc());
    }

    @Test
    void alarmsOnlyWhenTheBoundExceedsTheClaim() {
        assertFalse(AttackSummary.of(result(0.3), 1.0).alarm());
        assertFalse(AttackSummary.of(result(1.0), 1.0).alarm(), "equal is not a contradiction");
        assertTrue(AttackSummary.of(result(1.2), 1.0).alarm());
        assertFalse(AttackSummary.of(result(9), Double.POSITIVE_INFINITY).alarm(), "a non-private model claims nothing");
        assertThrows(IllegalArgumentException.class, () -> AttackSummary.of(result(0.3), Double.NaN));
    }

    @Test
    void keepsSlicesAndIntervals() {
        Map<String, RocCurve> slices = Slices.roc(MEMBERS, new String[] {"a", "a", "b", "b"}, NON_MEMBERS,
                new String[] {"a", "a", "b", "b"}, 1);
        AttackIntervals ci = AttackIntervals.bootstrap(result(0), 100, 0.9, 3);
        AttackSummary s = AttackSummary.of(result(0), 1, ci, slices);
        assertEquals(Map.of("a", slices.get("a").auc(), "b", slices.get("b").auc()), s.sliceAuc());
        assertTrue(ci.auc().lower() <= s.auc() && s.auc() <= ci.auc().upper());
        assertEquals(100, ci.tprAt1PctFpr().resamples());
    }

    @Test
    void nothingGuessedMemberLeavesPrecisionUndefined() {
        AttackResult.Confusion none = AttackResult.Confusion.at(2, MEMBERS, NON_MEMBERS);
        AttackResult r = new AttackResult("t", MEMBERS, NON_MEMBERS, new int[4], new int[4],
                RocCurve.of(MEMBERS, NON_MEMBERS), 2, "test", none, 0, 1);
        AttackSummary s = AttackSummary.of(r, 1);
        assertTrue(Double.isNaN(s.ppv()));
        assertEquals(0.5, s.balancedAccuracy(), 1e-15, "TPR 0, TNR 1");
    }

    @Test
    void refusesOutOfRangeNumbers() {
        AttackSummary s = AttackSummary.of(result(0.3), 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AttackSummary(1.2,
                s.tprAt0_1PctFpr(), s.tprAt1PctFpr(), s.advantage(), 0, 0.5, 0.5, null, 4, 4, false, null, s.roc()));
        assertEquals("auc=1.2, allowed: [0, 1]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AttackSummary(0.5, 0, 0, 0, -1, 0.5, 0.5, null, 4, 4,
                false, null, s.roc()));
    }
}
