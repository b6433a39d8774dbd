package org.veil.evaluate.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RocCurveTest {

    private static double[] parse(String line) {
        return Arrays.stream(line.substring(line.indexOf(' ') + 1).split(",")).mapToDouble(Double::parseDouble)
                .toArray();
    }

    /**
     * Scores with ties (and -0.0) from resources/reference/roc-scores.txt; reference values from scipy 1.17.1
     * mannwhitneyu (AUC = U / (n1 n2)) and numpy thresholds, /work/refs/scripts/cp_reference.py.
     */
    @Test
    void aucTprAtFprAndAdvantageMatchIndependentComputation() throws IOException {
        String[] lines;
        try (InputStream in = RocCurveTest.class.getResourceAsStream("/reference/roc-scores.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .toArray(String[]::new);
        }
        RocCurve roc = RocCurve.of(parse(lines[0]), parse(lines[1]));
        assertEquals(200, roc.members());
        assertEquals(300, roc.nonMembers());
        assertEquals(0.5904083333333333, roc.auc(), 1e-12);
        assertEquals(0.0, roc.tprAtFpr(0.001), 0.0);
        assertEquals(0.01, roc.tprAtFpr(0.01), 1e-12);
        assertEquals(0.14, roc.tprAtFpr(0.1), 1e-12);
        assertEquals(0.155, roc.advantage(), 1e-12);
        assertEquals(0.5775, roc.balancedAccuracy(), 1e-12);
    }

    @Test
    void conventionsMemberIsPositiveAndHigherScoreMeansMember() {
        RocCurve perfect = RocCurve.of(new double[] {5, 6}, new double[] {1, 2, 3});
        assertEquals(1.0, perfect.auc(), 0.0);
        assertEquals(1.0, perfect.tprAtFpr(0.0), 0.0, "all members above every non-member");
        RocCurve inverted = RocCurve.of(new double[] {1, 2}, new double[] {5, 6});
        assertEquals(0.0, inverted.auc(), 0.0);
        RocCurve ties = RocCurve.of(new double[] {1, 1}, new double[] {1, 1});
        assertEquals(0.5, ties.auc(), 0.0);
        assertArrayEquals(new double[] {0, 1}, ties.fpr(), 0.0);
        assertEquals(0.0, ties.tprAtFpr(0.5), 0.0, "the tie moves both rates at once: no point at FPR 0.5");
    }

    @Test
    void rejectsEmptySidesAndNaN() {
        assertEquals("memberScores is empty, allowed: at least one score",
                assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[0], new double[] {1}))
                        .getMessage());
        assertEquals("nonMemberScores[1]=NaN, allowed: a number or ±Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> RocCurve.of(new double[] {1}, new double[] {0, Double.NaN})).getMessage());
    }
}
