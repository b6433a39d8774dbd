package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSplitTest {
    @TempDir
    Path dir;

    /** 1,000 rows, class a for i % 10 < 3 (300 rows) else b, with the row number as a feature. */
    private String unbalanced() {
        StringBuilder b = new StringBuilder("id,y\n");
        for (int i = 0; i < 1000; i++) {
            b.append(i).append(',').append(i % 10 < 3 ? "a" : "b").append('\n');
        }
        return Fixtures.write(dir, "unbalanced.csv", b.toString());
    }

    @Test
    void stratifiedSplitMatchesCollectionsShufflePerClass() {
        DataSpec spec = DataSpec.of(unbalanced()).withLabel("y").withTestFraction(0.25).withSeed(7)
                .withProtectedColumn("id")
                .withProtectedAsFeature(false);
        LoadedData data = DataLoader.load(spec);
        // Oracle: the documented algorithm with the JDK's own Fisher-Yates (Collections.shuffle uses
        // rnd.nextInt(i) for i = n .. 2, the same draws), one Random(seed) shared by the classes in class order.
        Random rng = new Random(7);
        List<Integer> expectedTest = new ArrayList<>();
        for (String cls : List.of("a", "b")) {
            List<Integer> rows = new ArrayList<>();
            IntStream.range(0, 1000).filter(i -> (i % 10 < 3) == cls.equals("a")).forEach(rows::add);
            Collections.shuffle(rows, rng);
            expectedTest.addAll(rows.subList(0, (int) Math.round(0.25 * rows.size())));
        }
        Collections.sort(expectedTest);
        assertArrayEquals(expectedTest.stream().mapToInt(Integer::intValue).toArray(), ids(data.test()));
        assertEquals(750, data.train().rows());
        assertEquals(75, Arrays.stream(data.test().labels()).filter(y -> y == 0).count());
        assertEquals(175, Arrays.stream(data.test().labels()).filter(y -> y == 1).count());
        int[] trainIds = ids(data.train());
        assertArrayEquals(IntStream.of(trainIds).sorted().toArray(), trainIds); // file order kept
        assertEquals(1000, IntStream.concat(IntStream.of(trainIds), IntStream.of(ids(data.test()))).distinct().count());
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        String file = unbalanced();
        DataSpec spec = DataSpec.of(file).withLabel("y").withProtectedColumn("id")
                .withProtectedAsFeature(false);
        int[] a = ids(DataLoader.load(spec).test());
        assertArrayEquals(a, ids(DataLoader.load(spec).test()));
        assertNotEquals(Arrays.toString(a), Arrays.toString(ids(DataLoader.load(spec.withSeed(43)).test())));
        assertEquals(200, a.length); // round(0.2 * 300) + round(0.2 * 700)
    }

    /** Row ids: the id column is the protected attribute (groups are the ids of both splits). */
    private static int[] ids(Dataset d) {
        ProtectedAttribute p = d.protectedAttribute();
        return Arrays.stream(p.groups()).map(g -> Integer.parseInt(p.groupNames().get(g))).toArray();
    }
}
