package org.veil.pate.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.error.DataFormatException;

class VotesCsvTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("votes.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsCountColumnsInClassOrderAndIgnoresOthers() throws IOException {
        Votes v = VotesCsv.read(write("query,c1,c0,c2\n0,3,7,0\n1,5,4,1\n"));
        assertEquals(2, v.queries());
        assertEquals(3, v.classes());
        assertEquals(10, v.teachers());
        assertArrayEquals(new int[] {7, 3, 0}, v.row(0));
        assertArrayEquals(new int[] {4, 5, 1}, v.row(1));
    }

    @Test
    void raggedRowNamesTheLine() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> VotesCsv.read(write("c0,c1\n3,7\n4,5,1\n")));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("expected 2 fields, found 3"),
                e.getMessage());
    }

    @Test
    void missingClassColumnIsNamed() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> VotesCsv.read(write("c0,c2\n3,7\n")));
        assertTrue(e.getMessage().contains("'c1'") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void badCountsAreNamedWithRowAndColumn() throws IOException {
        DataFormatException notInt = assertThrows(DataFormatException.class,
                () -> VotesCsv.read(write("c0,c1\n3,7\n4.5,5.5\n")));
        assertTrue(notInt.getMessage().contains("row 3, column 'c0'"), notInt.getMessage());
        DataFormatException negative = assertThrows(DataFormatException.class,
                () -> VotesCsv.read(write("c0,c1\n3,7\n11,-1\n")));
        assertTrue(negative.getMessage().contains("column 'c1'") && negative.getMessage().contains("'-1'"),
                negative.getMessage());
    }

    @Test
    void rowsWithDifferentTeacherCountsAreRefused() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> VotesCsv.read(write("c0,c1\n3,7\n4,5\n")));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("sum to 9"), e.getMessage());
    }

    @Test
    void tooFewCountColumnsOrRowsAreRefused() throws IOException {
        assertThrows(DataFormatException.class, () -> VotesCsv.read(write("c0,query\n3,1\n")));
        assertThrows(DataFormatException.class, () -> VotesCsv.read(write("c0,c1\n")));
        assertThrows(DataFormatException.class, () -> VotesCsv.read(dir.resolve("absent.csv")));
    }
}
