package org.veil.pate.student;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.train.SyntheticData;

class PseudoLabelsTest {

    @Test
    void keepsOnlyPredictionsAtOrAboveTheConfidence() {
        int[] candidates = {3, 5, 8};
        double[][] p = {{0.95, 0.05}, {0.5, 0.5}, {0.1, 0.9}};
        PseudoLabels.Selected s = PseudoLabels.select(candidates, p, 0.9);
        assertArrayEquals(new int[] {3, 8}, s.rows());
        assertArrayEquals(new int[] {0, 1}, s.labels());
        assertEquals(0, PseudoLabels.select(candidates, p, 0.96).size());
        assertThrows(IllegalArgumentException.class, () -> PseudoLabels.select(candidates, p, 0));
    }

    @Test
    void studentDataUsesTheGivenLabelsNotThePublicOnes() {
        Dataset pub = SyntheticData.dataset("pub", new double[][] {{1}, {2}, {3}}, new int[] {0, 0, 0},
                List.of("a", "b"));
        Dataset s = StudentData.of(pub, new int[] {2, 0}, new int[] {1, 1}, "pate-student");
        assertArrayEquals(new int[] {1, 1}, s.labels());
        assertEquals(3.0, s.features()[0][0]);
        assertEquals("pate-student", s.split());
    }
}
