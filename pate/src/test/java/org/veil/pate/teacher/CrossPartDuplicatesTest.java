package org.veil.pate.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.train.SyntheticData;

class CrossPartDuplicatesTest {
    // rows 0, 2 and 4 have the same content; row 5 has row 0's features with another label
    private static final Dataset DATA = SyntheticData.dataset("dups", new double[][] {
        {1, 2}, {3, 4}, {1, 2}, {5, 6}, {1, 2}, {1, 2}, {7, 8}, {3, 4}}, new int[] {0, 1, 0, 0, 0, 1, 1, 1},
            List.of("a", "b"));

    @Test
    void copiesInDifferentPartsAreCounted() {
        // parts: {0, 1}, {2, 3}, {4, 5}, {6, 7}: content (1,2|0) in parts 0, 1, 2; content (3,4|1) in parts 0, 3
        Partition p = Partition.of(8, new int[][] {{0, 1}, {2, 3}, {4, 5}, {6, 7}});
        CrossPartDuplicates d = CrossPartDuplicates.find(DATA, p);
        assertEquals(new CrossPartDuplicates(2, 5, 3), d);
        assertTrue(d.note().contains("2 record contents (5 rows)"), d.note());
        assertTrue(d.note().contains("up to 3 teachers"), d.note());
    }

    @Test
    void copiesInOnePartAreHarmless() {
        Partition p = Partition.of(8, new int[][] {{0, 2, 4, 1, 7}, {3, 5, 6}});
        CrossPartDuplicates d = CrossPartDuplicates.find(DATA, p);
        assertTrue(d.none());
        assertNull(d.note());
    }
}
