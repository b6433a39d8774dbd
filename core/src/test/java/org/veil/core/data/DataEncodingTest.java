package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fitted encoding travels as JSON and encodes another party's rows exactly like the test split. */
class DataEncodingTest {

    private static DataSpec spec(MissingValues missing) {
        return DataSpec.of(Fixtures.resource("people-train.csv")).withLabel("label").withProtectedColumn("sex")
                .withTestData(Fixtures.resource("people-test.csv")).withIgnoredColumns(Set.of("name"))
                .withMissing(missing);
    }

    @Test
    void anotherPartysRowsEncodeExactlyLikeTheTestSplit() {
        for (MissingValues missing : MissingValues.values()) {
            LoadedData data = DataLoader.load(spec(missing));
            DataEncoding encoding = DataEncoding.fromJson(data.encoding().toJson());
            assertEquals(data.encoding(), encoding, "JSON round trip");
            assertEquals(data.train().schema().featureNames(), encoding.featureNames());
            Dataset other = DataLoader.encodeWith(DataSpec.of(Fixtures.resource("people-test.csv")), encoding);
            assertEquals(data.test().rows(), other.rows(), missing.name());
            assertArrayEquals(data.test().labels(), other.labels());
            for (int i = 0; i < other.rows(); i++) {
                assertArrayEquals(data.test().features()[i], other.features()[i], 0.0, missing + " row " + i);
            }
            assertEquals(data.train().classNames(), other.classNames());
        }
    }

    @Test
    void tablesHaveAnEncodingAndTheBuiltInAdultToo() {
        DataEncoding adult = DataLoader.load(DataSpec.of("adult")).encoding();
        assertNotNull(adult);
        assertEquals("income", adult.label());
        assertEquals(DataLoader.load(DataSpec.of("adult")).train().numFeatures(), adult.featureNames().size());
    }

    @Test
    void rowsThatDoNotFitTheEncodingAreOneLineErrors(@TempDir Path dir) {
        DataEncoding encoding = DataLoader.load(spec(MissingValues.DROP_ROWS)).encoding();
        String noCity = Fixtures.write(dir, "a.csv", "name,age,score,sex,label\nA,30,1.0,F,yes\n");
        Fixtures.expectError(() -> DataLoader.encodeWith(DataSpec.of(noCity), encoding), 0, "city",
                "no such categorical column", "a.csv");
        String badLabel = Fixtures.write(dir, "b.csv", "age,city,score,sex,label\n30,Boston,1.0,F,yes\n"
                + "31,Boston,1.0,F,maybe\n");
        Fixtures.expectError(() -> DataLoader.encodeWith(DataSpec.of(badLabel), encoding), 3, "label",
                "'maybe'", "classes no, yes");
        String badNumber = Fixtures.write(dir, "c.csv", "age,city,score,sex,label\nthirty,Boston,1.0,F,yes\n");
        Fixtures.expectError(() -> DataLoader.encodeWith(DataSpec.of(badNumber), encoding), 2, "age",
                "'thirty' is not a finite number");
        assertThrows(IllegalArgumentException.class,
                () -> DataLoader.encodeWith(DataSpec.of(badNumber).withLabel("sex"), encoding));
        assertThrows(IllegalArgumentException.class, () -> DataLoader.encodeWith(DataSpec.of("adult"), encoding));
        assertThrows(IllegalArgumentException.class, () -> DataEncoding.fromJson("{\"label\":\"x\"}"));
    }

    @Test
    void aFileWithOtherColumnNamesFollowsTheEncodingOnceRenamed(@TempDir Path dir) {
        LoadedData data = DataLoader.load(spec(MissingValues.DROP_ROWS));
        DataEncoding encoding = data.encoding();
        Dataset expected = DataLoader.encodeWith(DataSpec.of(Fixtures.resource("people-test.csv")), encoding);
        // the same rows, with two columns named differently
        String original = readString(Fixtures.resource("people-test.csv"));
        assertTrue(original.startsWith("name,age,city,"));
        String csv = "name,years,town," + original.substring("name,age,city,".length());
        String local = Fixtures.write(dir, "local.csv", csv);
        ColumnRenames renames = ColumnRenames.parse(java.util.List.of("years=age", " town = city"));
        Dataset renamed = DataLoader.encodeWith(DataSpec.of(local), encoding, renames);
        assertEquals(expected.rows(), renamed.rows());
        assertArrayEquals(expected.labels(), renamed.labels());
        for (int i = 0; i < renamed.rows(); i++) {
            assertArrayEquals(expected.features()[i], renamed.features()[i], 0.0, "row " + i);
        }
        Fixtures.expectError(() -> DataLoader.encodeWith(DataSpec.of(local), encoding), 0, "age",
                "no such", "local.csv");
        Fixtures.expectError(() -> DataLoader.encodeWith(DataSpec.of(local), encoding,
                ColumnRenames.parse(java.util.List.of("zip=age"))), 0, "zip", "no such column to rename", "local.csv");
        Fixtures.expectError(() -> DataLoader.encodeWith(DataSpec.of(local), encoding,
                ColumnRenames.parse(java.util.List.of("years=town"))), 0, "town", "two columns named town");
        assertEquals("rename years, allowed: LOCAL=SERVER (one '=')", assertThrows(IllegalArgumentException.class,
                () -> ColumnRenames.parse(java.util.List.of("years"))).getMessage());
        assertEquals("rename: column a is renamed twice", assertThrows(IllegalArgumentException.class,
                () -> ColumnRenames.parse(java.util.List.of("a=b", "a=c"))).getMessage());
        assertEquals("rename: two columns renamed to c", assertThrows(IllegalArgumentException.class,
                () -> ColumnRenames.parse(java.util.List.of("a=c", "b=c"))).getMessage());
        assertEquals("rename =b: both names must be non-empty", assertThrows(IllegalArgumentException.class,
                () -> ColumnRenames.parse(java.util.List.of("=b"))).getMessage());
    }

    private static String readString(String path) {
        try {
            return java.nio.file.Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
