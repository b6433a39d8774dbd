package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encoding rules on the people-train.csv / people-test.csv fixtures. Expected numbers are computed
 * here from the fixture's literal values with the documented formulas (mean, population std).
 */
class CsvEncodingTest {
    private static final double EPS = 1e-12;

    private static DataSpec spec(MissingValues missing) {
        return DataSpec.of(Fixtures.resource("people-train.csv")).withLabel("label").withProtectedColumn("sex")
                .withTestData(Fixtures.resource("people-test.csv")).withIgnoredColumns(Set.of("name"))
                .withMissing(missing);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double populationStd(double[] v) {
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / v.length);
    }

    @Test
    void dropRowsStandardisesAndOneHotsWithTrainingStatistics() {
        LoadedData data = DataLoader.load(spec(MissingValues.DROP_ROWS));
        Dataset train = data.train();
        Dataset test = data.test();
        // Kept training rows: Ann, Bob, Eve, Fay, Hal, Ivy, Jon (Cid, Dee, Gus have a missing value).
        assertEquals(7, train.rows());
        assertEquals(2, test.rows());
        assertEquals(List.of("no", "yes"), train.classNames());
        assertArrayEquals(new int[] {1, 0, 1, 0, 0, 1, 0}, train.labels());
        assertEquals(List.of("age", "city=Boston", "city=Chicago", "city=New York, NY", "city=Say \"hi\"", "score",
                "sex=F", "sex=M"), train.schema().featureNames());
        double[] ages = {34, 45, 51, 38, 41, 27, 33};
        double[] scores = {0.5, 1.5, 3.5, 1.0, 0.0, 4.0, 3.0};
        double[][] x = train.features();
        for (int i = 0; i < ages.length; i++) {
            assertEquals((ages[i] - mean(ages)) / populationStd(ages), x[i][0], EPS);
            assertEquals((scores[i] - mean(scores)) / populationStd(scores), x[i][5], EPS);
        }
        assertArrayEquals(new double[] {0, 0, 1, 0}, Arrays.copyOfRange(x[0], 1, 5), 0.0); // Ann: New York, NY
        assertArrayEquals(new double[] {1, 0}, Arrays.copyOfRange(x[0], 6, 8), 0.0); // Ann: F
        assertArrayEquals(new double[] {0, 0, 0, 1}, Arrays.copyOfRange(x[6], 1, 5), 0.0); // Jon: Say "hi"
        assertArrayEquals(new double[] {0, 1}, Arrays.copyOfRange(x[6], 6, 8), 0.0); // Jon: M
        // Test rows Kim (Boston) and Lou (Denver, unseen: all-zero city), scaled with the training statistics.
        assertEquals((40 - mean(ages)) / populationStd(ages), test.features()[0][0], EPS);
        assertEquals((2.0 - mean(scores)) / populationStd(scores), test.features()[0][5], EPS);
        assertArrayEquals(new double[] {1, 0, 0, 0}, Arrays.copyOfRange(test.features()[0], 1, 5), 0.0);
        assertArrayEquals(new double[] {0, 0, 0, 0}, Arrays.copyOfRange(test.features()[1], 1, 5), 0.0);
        assertEquals(new LoadReport(MissingValues.DROP_ROWS, 10, 3, 3, 1, 0, Map.of("city", 1L)), data.report());
    }

    @Test
    void dropRowsSchemaAndProtectedAttribute() {
        LoadedData data = DataLoader.load(spec(MissingValues.DROP_ROWS));
        List<ColumnInfo> columns = data.train().schema().columns();
        assertEquals(new ColumnInfo("name", ColumnKind.CATEGORICAL, ColumnRole.IGNORED, List.of(), 0), columns.get(0));
        assertEquals(new ColumnInfo("age", ColumnKind.NUMERIC, ColumnRole.FEATURE, List.of(), 2), columns.get(1));
        assertEquals(new ColumnInfo("city", ColumnKind.CATEGORICAL, ColumnRole.FEATURE,
                List.of("Boston", "Chicago", "New York, NY", "Say \"hi\""), 1), columns.get(2));
        assertEquals(new ColumnInfo("score", ColumnKind.NUMERIC, ColumnRole.FEATURE, List.of(), 1), columns.get(3));
        assertEquals(new ColumnInfo("sex", ColumnKind.CATEGORICAL, ColumnRole.PROTECTED, List.of("F", "M"), 0),
                columns.get(4));
        assertEquals(new ColumnInfo("label", ColumnKind.CATEGORICAL, ColumnRole.LABEL, List.of("no", "yes"), 0),
                columns.get(5));
        ProtectedAttribute sex = data.train().protectedAttribute();
        assertEquals("sex", sex.name());
        assertEquals(List.of("F", "M"), sex.groupNames());
        assertArrayEquals(new int[] {0, 1, 0, 0, 1, 0, 1}, sex.groups());
        assertArrayEquals(new int[] {0, 1}, data.test().protectedAttribute().groups());
        DataSource source = data.source();
        assertEquals("people-train.csv", source.name());
        assertEquals(13, source.rows());
        // `cat people-train.csv people-test.csv | sha256sum` (GNU coreutils 9.1)
        assertEquals("6f52ca163fffe5254751ad92e518c1d8f4c490ee4dc96ce5deaeb2c94453af08", source.sha256());
    }

    @Test
    void imputeUsesTrainingMeanIndicatorsAndAQuestionMarkCategory() {
        LoadedData data = DataLoader.load(spec(MissingValues.IMPUTE));
        Dataset train = data.train();
        assertEquals(10, train.rows());
        assertEquals(3, data.test().rows());
        assertEquals(List.of("age", "age=missing", "city=?", "city=Boston", "city=Chicago", "city=New York, NY",
                "city=Say \"hi\"", "score", "score=missing", "sex=F", "sex=M"), train.schema().featureNames());
        double[] ages = {34, 45, 29, 51, 38, 62, 41, 27, 33}; // training ages without Cid's '?'
        double[][] x = train.features();
        assertEquals((34 - mean(ages)) / populationStd(ages), x[0][0], EPS);
        assertEquals(0.0, x[2][0], 0.0); // Cid: imputed with the mean, so 0 after standardisation
        assertEquals(1.0, x[2][1], 0.0);
        assertEquals(0.0, x[0][1], 0.0);
        assertEquals(1.0, x[6][2], 0.0); // Gus: city '?'
        assertEquals(1.0, x[3][8], 0.0); // Dee: score empty
        double[] maxRow = data.test().features()[2]; // Max: age '?' in the test file
        assertEquals(0.0, maxRow[0], 0.0);
        assertEquals(1.0, maxRow[1], 0.0);
        assertEquals(new LoadReport(MissingValues.IMPUTE, 10, 3, 0, 0, 4, Map.of("city", 1L)), data.report());
    }

    @Test
    void protectedColumnCanBeKeptOutOfTheFeatures() {
        LoadedData data = DataLoader.load(spec(MissingValues.DROP_ROWS).withProtectedAsFeature(false));
        assertTrue(data.train().schema().featureNames().stream().noneMatch(f -> f.startsWith("sex")));
        assertEquals(List.of("F", "M"), data.train().protectedAttribute().groupNames());
        assertEquals(List.of("F", "M"), data.train().schema().columns().get(4).categories());
    }

    @Test
    void noProtectedAttributeByDefaultForCsv() {
        LoadedData data = DataLoader.load(spec(MissingValues.DROP_ROWS).withProtectedColumn(null));
        assertNull(data.train().protectedAttribute());
        assertEquals(ColumnRole.FEATURE, data.train().schema().columns().get(4).role());
    }

    @Test
    void unseenCategoriesOfAFeatureColumnAreCountedPerColumn() {
        LoadedData data = DataLoader.load(spec(MissingValues.DROP_ROWS).withIgnoredColumns(Set.of()));
        // Both test names (Kim, Lou) and Lou's city (Denver) are not in the training split.
        assertEquals(Map.of("name", 2L, "city", 1L), data.report().unseenTestCategories());
        assertEquals(3, data.report().unseenTestValues());
    }

    @Test
    void forcedKinds() {
        LoadedData data = DataLoader.load(spec(MissingValues.DROP_ROWS).withCategoricalColumns(Set.of("age")));
        assertEquals(ColumnKind.CATEGORICAL, data.train().schema().columns().get(1).kind());
        assertEquals(List.of("27", "33", "34", "38", "41", "45", "51"), data.train().schema().columns().get(1)
                .categories());
        LoadedData numeric = DataLoader.load(spec(MissingValues.DROP_ROWS).withNumericColumns(Set.of("score")));
        assertEquals(ColumnKind.NUMERIC, numeric.train().schema().columns().get(3).kind());
    }

    @Test
    void gzipCompressedCsvIsReadAndHashedUncompressed(@TempDir Path dir) throws IOException {
        byte[] plain = Files.readAllBytes(Path.of(Fixtures.resource("people-train.csv")));
        Path gz = dir.resolve("people.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(plain);
        }
        LoadedData data = DataLoader.load(DataSpec.of(gz.toString()).withLabel("label"));
        // sha256sum people-train.csv (GNU coreutils 9.1)
        assertEquals("bf2641f9bda75d4c2d8252cde84862e2aba9f4a95f828777b26e6b16f1f7953a", data.source().sha256());
        assertEquals(10, data.source().rows());
        assertEquals("people.csv.gz", data.source().name());
    }
}
