package org.veil.pate.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionTest {

    @ParameterizedTest
    @CsvSource({"1000, 7", "100, 100", "60000, 250", "5, 1", "1001, 1000"})
    void balancedPartsAreDisjointCoverAndDifferByAtMostOne(int rows, int teachers) {
        Partition p = Partition.balanced(rows, teachers, new SplittableRandom(rows + teachers));
        assertEquals(teachers, p.teachers());
        int[] seen = new int[rows];
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int k = 0; k < teachers; k++) {
            int[] part = p.part(k);
            min = Math.min(min, part.length);
            max = Math.max(max, part.length);
            for (int i = 1; i < part.length; i++) {
                assertTrue(part[i - 1] < part[i], "parts are sorted");
            }
            for (int i : part) {
                seen[i]++;
            }
        }
        for (int i = 0; i < rows; i++) {
            assertEquals(1, seen[i], "row " + i + " must be in exactly one part");
        }
        assertTrue(max - min <= 1, "sizes " + min + ".." + max);
        assertTrue(p.isBalanced());
        assertTrue(PartitionCheck.problems(rows, partsOf(p)).isEmpty());
    }

    @Test
    void seedDecidesThePartition() {
        Partition a = Partition.balanced(500, 10, new SplittableRandom(1));
        Partition b = Partition.balanced(500, 10, new SplittableRandom(1));
        Partition c = Partition.balanced(500, 10, new SplittableRandom(2));
        assertEquals(a.sha256(), b.sha256());
        assertArrayEquals(a.part(3), b.part(3));
        assertNotEquals(a.sha256(), c.sha256());
    }

    @Test
    void moreTeachersThanRowsIsRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Partition.balanced(100, 250, new SplittableRandom(1)));
        assertEquals("teachers=250 but data has 100 rows, allowed: teachers <= rows", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Partition.balanced(100, 0, new SplittableRandom(1)));
    }

    @Test
    void callerPartitionIsCheckedForEveryProblemAtOnce() {
        int[][] parts = {{0, 1, 2}, {2, 3}, {}, {9, 4, 4}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Partition.of(8, parts));
        String m = e.getMessage();
        assertTrue(m.contains("1 part is empty"), m);
        assertTrue(m.contains("1 row index is out of range, allowed: [0, 8): [9]"), m);
        assertTrue(m.contains("1 row is in one part twice: [4]"), m);
        assertTrue(m.contains("1 row is in more than one part (the parts must be disjoint): [2]"), m);
        assertTrue(m.contains("3 rows are in no part (the parts must cover every row): [5, 6, 7]"), m);
    }

    @Test
    void callerPartitionIsCopiedAndSorted() {
        int[][] parts = {{3, 0}, {2, 1}};
        Partition p = Partition.of(4, parts);
        parts[0][0] = 99;
        assertArrayEquals(new int[] {0, 3}, p.part(0));
        assertArrayEquals(new int[] {0, 1, 1, 0}, p.owners());
        assertFalse(PartitionCheck.problems(4, new int[][] {{0, 1, 2, 3}}).size() > 0);
    }

    @Test
    void partSha256IsTheDigestOfTheSortedIndicesAsBigEndianInts() {
        Partition p = Partition.of(5, new int[][] {{2, 0, 1}, {3, 4}});
        // python3: hashlib.sha256(b''.join(struct.pack('>i', i) for i in [0, 1, 2])).hexdigest()
        assertEquals("9b8ddf1ef739bf7b27a17c33f02c862e27e16639246e87885ef1ee7c7914a656", p.partSha256(0));
        assertNotEquals(p.partSha256(0), p.partSha256(1));
        assertEquals(64, p.sha256().length());
    }

    private static int[][] partsOf(Partition p) {
        int[][] parts = new int[p.teachers()][];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = p.part(k);
        }
        return parts;
    }
}
