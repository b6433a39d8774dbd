package org.veil.evaluate.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlicesTest {

    @Test
    void leakageConcentratedInOneGroupShowsInItsSlice() {
        double[] m = {0.9, 0.8, 0.95, 0.5, 0.4, 0.6, 0.7};
        String[] mk = {"a", "a", "a", "b", "b", "b", "c"};
        double[] n = {0.1, 0.2, 0.3, 0.5, 0.6, 0.4};
        String[] nk = {"a", "a", "a", "b", "b", "b"};
        Map<String, RocCurve> s = Slices.roc(m, mk, n, nk, 2);
        assertEquals(1.0, s.get("a").auc(), 0.0, "group a: every member scores above every non-member");
        assertEquals(0.5, s.get("b").auc(), 1e-12, "group b: identical scores on both sides");
        assertFalse(s.containsKey("c"), "c has no non-members: left out");
        String[] all7 = {"x", "x", "x", "x", "x", "x", "x"};
        String[] all6 = {"x", "x", "x", "x", "x", "x"};
        assertEquals(RocCurve.of(m, n).auc(), Slices.roc(m, all7, n, all6, 1).get("x").auc(), 0.0,
                "one slice for everyone is the overall curve");
    }
}
