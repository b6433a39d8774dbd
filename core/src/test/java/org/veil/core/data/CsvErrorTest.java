package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.core.data.Fixtures.expectError;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad CSV input is a one-line DataFormatException naming file, row (line) and column. */
class CsvErrorTest {
    @TempDir
    Path dir;

    private String file(String name, String content) {
        return Fixtures.write(dir, name, content);
    }

    private static void load(DataSpec spec) {
        DataLoader.load(spec);
    }

    @Test
    void pathThatDoesNotExist() {
        String missing = dir.resolve("nope.csv").toString();
        expectError(() -> load(DataSpec.of(missing).withLabel("y")), 0, null, missing, "no such file or directory");
        String train = file("ok.csv", "x,y\n1,a\n2,b\n");
        String test = dir.resolve("gone.csv").toString();
        expectError(() -> load(DataSpec.of(train).withLabel("y").withTestData(test)), 0, null, test,
                "no such file or directory");
    }

    @Test
    void emptyFileHeaderOnlyAndRaggedRowThroughTheLoader() {
        String empty = file("empty.csv", "");
        expectError(() -> load(DataSpec.of(empty).withLabel("y")), 0, null, empty, "file is empty");
        String header = file("header.csv", "x,y\n");
        expectError(() -> load(DataSpec.of(header).withLabel("y")), 0, null, "header but no data rows");
        String ragged = file("ragged.csv", "x,y\n1,a\n2,b\n3\n");
        expectError(() -> load(DataSpec.of(ragged).withLabel("y")), 4, null, ragged + ", row 4",
                "expected 2 fields, found 1");
        String dup = file("dup.csv", "x,y,x\n1,a,2\n");
        expectError(() -> load(DataSpec.of(dup).withLabel("y")), 1, "x", "duplicate column name");
    }

    @Test
    void labelNotGivenOrNotFoundListsTheColumns() {
        String f = file("l.csv", "age,city,y\n1,a,p\n2,b,q\n");
        expectError(() -> load(DataSpec.of(f)), 0, null, "no label column given; columns: age, city, y");
        expectError(() -> load(DataSpec.of(f).withLabel("income")), 0, "income",
                "label column not found; columns: age, city, y");
        expectError(() -> load(DataSpec.of(f).withLabel("y").withProtectedColumn("sex")), 0, "sex",
                "protected column not found");
        expectError(() -> load(DataSpec.of(f).withLabel("y").withIgnoredColumns(Set.of("zip"))), 0, "zip",
                "column not found");
    }

    @Test
    void labelWithOnlyOneClass() {
        String f = file("one.csv", "x,y\n1,a\n2,a\n3,?\n");
        expectError(() -> load(DataSpec.of(f).withLabel("y")), 0, "y", "only one class 'a'");
    }

    @Test
    void unknownLabelInTheTestFile() {
        String train = file("train.csv", "x,y\n1,a\n2,b\n3,a\n");
        String test = file("test.csv", "x,y\n1,a\n\n2,c\n");
        expectError(() -> load(DataSpec.of(train).withLabel("y").withTestData(test)), 4, "y", test,
                "label value 'c' does not occur in the training data; classes: a, b");
    }

    @Test
    void testFileWithOtherColumns() {
        String train = file("train.csv", "x,y\n1,a\n2,b\n");
        String test = file("test.csv", "x,z\n1,a\n");
        expectError(() -> load(DataSpec.of(train).withLabel("y").withTestData(test)), 0, null,
                "columns differ from the training file: expected x, y, found x, z");
    }

    @Test
    void nonNumericValueInAForcedNumericColumn() {
        String f = file("forced.csv", "x,y\n1,a\n2,b\n\"3,5\",a\n4,b\n");
        expectError(() -> load(DataSpec.of(f).withLabel("y").withNumericColumns(Set.of("x"))), 4, "x",
                "'3,5' is not a number (the column is forced numeric)");
    }

    @Test
    void nonNumericValueInTheTestFileOfANumericColumn() {
        String train = file("train.csv", "x,y\n1,a\n2,b\n");
        String test = file("test.csv", "x,y\n1,a\nten,b\n");
        expectError(() -> load(DataSpec.of(train).withLabel("y").withTestData(test)), 3, "x",
                "'ten' is not a number (the column is numeric in the training data)");
    }

    @Test
    void nonFiniteNumbers() {
        String f = file("nan.csv", "x,y\n1,a\n2,b\nNaN,a\n1e999,b\n");
        expectError(() -> load(DataSpec.of(f).withLabel("y")), 4, "x", "non-finite number 'NaN'");
        String g = file("inf.csv", "x,y\n1,a\n-Infinity,b\n");
        expectError(() -> load(DataSpec.of(g).withLabel("y").withNumericColumns(Set.of("x"))), 3, "x",
                "non-finite number '-Infinity'");
        String train = file("train.csv", "x,y\n1,a\n2,b\n");
        String test = file("test.csv", "x,y\n1,a\ninf,b\n");
        expectError(() -> load(DataSpec.of(train).withLabel("y").withTestData(test)), 3, "x", "non-finite");
    }

    @Test
    void tooFewRowsToSplitAndNoRowsLeft() {
        String f = file("tiny.csv", "x,y\n1,a\n2,b\n");
        expectError(() -> load(DataSpec.of(f).withLabel("y")), 0, null, "too few rows to split");
        String g = file("holes.csv", "x,y\n?,a\n,b\n");
        expectError(() -> load(DataSpec.of(g).withLabel("y")), 0, null, "no rows left after dropping rows");
    }

    @Test
    void noRawExceptionEscapesOnGarbage() {
        String f = file("binary.csv", "\u0000\u0001,\u0002\n\"\n");
        var e = assertThrows(org.veil.core.error.DataFormatException.class,
                () -> load(DataSpec.of(f).withLabel("y")));
        assertTrue(e.getMessage().startsWith(f));
    }

    @Test
    void specFieldsThatDoNotApplyAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> load(DataSpec.of("adult").withTestData("x.csv")));
        assertThrows(IllegalArgumentException.class, () -> load(DataSpec.of("credit").withTestData("x.csv")));
    }
}
