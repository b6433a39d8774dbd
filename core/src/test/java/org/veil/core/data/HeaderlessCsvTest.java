package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files without a header ({@code DataSpec.header = false}): columns are named c1..cN, every record
 * is data, and the usual kind detection and encoding apply. Expected numbers are computed from the
 * fixture's literal values with the documented formulas (mean, population std).
 */
class HeaderlessCsvTest {
    /** The Location benchmark (docs: /work/shared/data/location/SOURCE.md); not part of the repository. */
    private static final Path LOCATION = Path.of("/work/shared/data/location/bangkok.gz");

    @Test
    void columnsAreNumberedFromOneAndTheFirstLineIsData(@TempDir Path dir) {
        String file = Fixtures.write(dir, "plain.csv", "\"a\",1,0\n\"b\",0,0\n\"a\",1,0\n\"b\",0,1\n\"a\",1,0\n");
        DataSpec spec = DataSpec.of(file).withHeader(false).withLabel("c1").withTestData(file);
        Dataset train = DataLoader.load(spec).train();
        assertEquals(5, train.rows(), "the first line is a data row, not a header");
        assertEquals(List.of("a", "b"), train.classNames());
        assertEquals(List.of("c1", "c2", "c3"), train.schema().columns().stream().map(ColumnInfo::name).toList());
        assertEquals(List.of("c2", "c3"), train.schema().featureNames(), "0/1 columns are numeric: one feature each");
        // c2 = 1,0,1,0,1: mean 0.6, population std sqrt(0.24); standardised as every numeric column.
        double sd = Math.sqrt(0.24);
        double[] c2 = Arrays.stream(train.features()).mapToDouble(r -> r[0]).toArray();
        assertArrayEquals(new double[] {0.4 / sd, -0.6 / sd, 0.4 / sd, -0.6 / sd, 0.4 / sd}, c2, 1e-12);
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, train.labels());
    }

    @Test
    void withAHeaderTheSameFileLosesItsFirstRow(@TempDir Path dir) {
        String file = Fixtures.write(dir, "plain.csv", "y,x\n\"a\",1\n\"b\",0\n\"a\",1\n\"b\",0\n\"a\",1\n");
        assertEquals(5, DataLoader.load(DataSpec.of(file).withLabel("y").withTestData(file)).train().rows());
        String bare = Fixtures.write(dir, "bare.csv", "\"a\",1\n\"b\",0\n\"a\",1\n\"b\",0\n\"a\",1\n");
        Fixtures.expectError(() -> DataLoader.load(DataSpec.of(bare).withLabel("y").withTestData(bare)), 0, "y",
                "label column not found; columns: a, 1");
        Fixtures.expectError(() -> DataLoader.load(DataSpec.of(bare).withHeader(false).withLabel("y")
                .withTestData(bare)), 0, "y", "label column not found; columns: c1, c2");
    }

    @Test
    void raggedRowsAndNonCsvSourcesAreRefused(@TempDir Path dir) {
        String ragged = Fixtures.write(dir, "ragged.csv", "1,0,1\n2,1\n");
        Fixtures.expectError(() -> DataLoader.load(DataSpec.of(ragged).withHeader(false).withLabel("c1")), 2, null,
                "expected 3 fields, found 2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataLoader.load(DataSpec.of("credit").withHeader(false)));
        assertTrue(e.getMessage().startsWith("header=false, allowed: true for the built-in credit data"),
                e.getMessage());
    }

    @Test
    void locationBenchmarkLoadsWithThirtyClassesAnd446Features() throws Exception {
        assumeTrue(Files.isRegularFile(LOCATION), "the Location data set is not at " + LOCATION
                + " (it is not in the repository; see docs/data.md)");
        LoadedData data = DataLoader.load(DataSpec.of(LOCATION.toString()).withHeader(false).withLabel("c1"));
        Dataset train = data.train();
        // Row, class and feature counts from /work/shared/data/location/SOURCE.md ("Format").
        assertEquals(5010, train.rows() + data.test().rows());
        assertEquals(5010, data.source().rows());
        assertEquals(30, train.numClasses());
        assertEquals(IntStream.rangeClosed(1, 30).mapToObj(String::valueOf).toList(), train.classNames(),
                "quoted labels \"1\"..\"30\" in numeric order");
        assertEquals(446, train.numFeatures(), "one standardised feature per 0/1 column, no one-hot");
        assertEquals("c2", train.schema().featureNames().get(0));
        assertEquals(ColumnKind.NUMERIC, train.schema().columns().get(1).kind());
        // Standardised with training statistics: every column has mean 0, and variance 1 unless constant.
        for (int j = 0; j < train.numFeatures(); j++) {
            int col = j;
            double[] x = Arrays.stream(train.features()).mapToDouble(r -> r[col]).toArray();
            double mean = Arrays.stream(x).average().orElseThrow();
            double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
            assertEquals(0, mean, 1e-9, "feature " + j);
            assertTrue(Math.abs(var - 1) < 1e-9 || var == 0, "feature " + j + " variance " + var);
            assertTrue(Arrays.stream(x).distinct().count() <= 2, "a 0/1 column keeps at most two values");
        }
    }
}
