package org.veil.cli.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.DataSource;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.data.Schema;
import org.veil.core.error.DataFormatException;

/** Row selection of {@code veil evaluate mia} on a small split whose feature value is the row's identity. */
class MiaRowsTest {

    /** Train rows have feature 0..n-1, test rows 1000..1000+m-1, except where {@code copies} repeats a train row. */
    private static DatasetSplit split(int n, int m, int... copies) {
        DataSource src = new DataSource("toy", "toy", n + m, "00");
        Schema schema = new Schema(List.of(), List.of("x"));
        double[][] tx = new double[n][];
        for (int i = 0; i < n; i++) {
            tx[i] = new double[] {i};
        }
        double[][] sx = new double[m][];
        for (int i = 0; i < m; i++) {
            sx[i] = new double[] {i < copies.length ? copies[i] : 1000 + i};
        }
        return new DatasetSplit(new Dataset(src, "train", tx, new int[n], List.of("a", "b"), schema, null),
                new Dataset(src, "test", sx, new int[m], List.of("a", "b"), schema, null));
    }

    private static double[] ids(Dataset d) {
        return Arrays.stream(d.features()).mapToDouble(r -> r[0]).toArray();
    }

    @Test
    void rangesAreZeroBasedAndEndExclusive() {
        MiaRows rows = MiaRows.select(split(20, 10), "train:3-6", "test:0-2", null, false, null, 1);
        assertArrayEquals(new double[] {3, 4, 5}, ids(rows.members()));
        assertArrayEquals(new double[] {1000, 1001}, ids(rows.nonMembers()));
    }

    @Test
    void copiesOfMemberRowsAreDroppedFromNonMembersAndPopulation() {
        // test rows 0 and 1 repeat train rows 2 and 7; test row 1 lands in the population.
        DatasetSplit data = split(10, 6, 2, 7);
        MiaRows rows = MiaRows.select(data, "train", "test:0-1", "test:1-6", true, null, 1);
        assertEquals(0, rows.nonMembers().rows(), "the one non-member copies member row 2");
        assertArrayEquals(new double[] {1002, 1003, 1004, 1005}, ids(rows.population()));
        assertEquals(2, rows.duplicatesDropped());
    }

    @Test
    void defaultPopulationIsTheTestRowsNotAttacked() {
        MiaRows rows = MiaRows.select(split(10, 8), "train", "test:2-5", null, true, null, 1);
        assertArrayEquals(new double[] {1000, 1001, 1005, 1006, 1007}, ids(rows.population()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MiaRows.select(split(10, 8), "train", "test", null, true, null, 1));
        assertTrue(e.getMessage().startsWith("no population rows left"), e.getMessage());
    }

    @Test
    void maxRowsIsASeededSubsampleInRowOrder() {
        DatasetSplit data = split(100, 50);
        MiaRows a = MiaRows.select(data, "train", "test", null, false, 10, 3);
        MiaRows b = MiaRows.select(data, "train", "test", null, false, 10, 3);
        MiaRows c = MiaRows.select(data, "train", "test", null, false, 10, 4);
        assertEquals(10, a.members().rows());
        assertEquals(10, a.nonMembers().rows());
        assertArrayEquals(ids(a.members()), ids(b.members()), "same seed, same rows");
        assertNotEquals(Arrays.toString(ids(a.members())), Arrays.toString(ids(c.members())));
        double[] m = ids(a.members());
        double[] sorted = m.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, m);
        assertEquals(10, Arrays.stream(m).distinct().count());
    }

    @Test
    void rowFilesNameTheirBadLine(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "4\n\n1\n");
        assertArrayEquals(new double[] {1, 4}, ids(MiaRows.select(split(10, 4), "rows:" + ok, "test", null, false,
                null, 1).members()));
        Path bad = Files.writeString(dir.resolve("bad.txt"), "4\n10\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MiaRows.select(split(10, 4), "rows:" + bad, "test", null, false, null, 1));
        assertEquals(2, e.row());
        assertTrue(e.getMessage().contains("row 10 is outside the train split [0, 10)"), e.getMessage());
    }
}
