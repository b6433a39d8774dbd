package org.veil.pate.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.train.SyntheticData;

class CopiesTogetherTest {
    // rows 0, 2 and 4 have the same content; row 5 has row 0's features with another label; rows 1 and 7 equal
    private static final Dataset DATA = SyntheticData.dataset("dups", new double[][] {
        {1, 2}, {3, 4}, {1, 2}, {5, 6}, {1, 2}, {1, 2}, {7, 8}, {3, 4}}, new int[] {0, 1, 0, 0, 0, 1, 1, 1},
            List.of("a", "b"));

    @Test
    void everyCopyJoinsItsFirstCopysPart() {
        Partition p = CopiesTogether.apply(DATA, Partition.of(8, new int[][] {{0, 1}, {2, 3}, {4, 5}, {6, 7}}));
        assertArrayEquals(new int[] {0, 1, 2, 4, 7}, p.part(0));
        assertArrayEquals(new int[] {3}, p.part(1));
        assertArrayEquals(new int[] {5}, p.part(2));
        assertArrayEquals(new int[] {6}, p.part(3));
        assertTrue(CrossPartDuplicates.find(DATA, p).none());
    }

    @Test
    void aPartitionWithoutCrossPartCopiesIsKept() {
        Partition p = Partition.of(8, new int[][] {{0, 2, 4, 1, 7}, {3, 5, 6}});
        assertSame(p, CopiesTogether.apply(DATA, p));
    }

    @Test
    void randomPartitionsStayDisjointAndCoveringWithoutCrossPartCopies() {
        for (long seed = 0; seed < 20; seed++) {
            // only rows 2, 4 and 7 are later copies, so no part of 4 rows can empty
            Partition p = Partition.balanced(8, 2, new SplittableRandom(seed));
            Partition q = CopiesTogether.apply(DATA, p);
            assertTrue(CrossPartDuplicates.find(DATA, q).none());
            assertTrue(PartitionCheck.problems(8, new int[][] {q.part(0), q.part(1)}).isEmpty());
        }
    }

    @Test
    void aPartLeftEmptyIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CopiesTogether.apply(DATA,
                Partition.of(8, new int[][] {{0, 1, 3, 5, 6, 7}, {2, 4}})));
        assertTrue(e.getMessage().contains("would be empty"), e.getMessage());
    }
}
