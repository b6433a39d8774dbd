package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.core.data.Fixtures.expectError;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static RawTable read(String text) {
        return CsvReader.readWithHeader("t.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        RawTable t = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n3,4,5\n");
        assertEquals(List.of("a", "b", "c"), t.columns());
        assertArrayEquals(new String[] {"x, y", "say \"hi\"", "two\nlines"}, t.records().get(0));
        assertArrayEquals(new String[] {"3", "4", "5"}, t.records().get(1));
        // The second record starts on line 4: the first one spans lines 2 and 3.
        assertArrayEquals(new int[] {2, 4}, t.lines());
    }

    @Test
    void crlfBomBlankLinesAndSpacesAroundFields() {
        RawTable t = read("\uFEFFa, b\r\n\r\n 1 , \"q\" \r\n   \r\n2,\r\n");
        assertEquals(List.of("a", "b"), t.columns());
        assertArrayEquals(new String[] {"1", "q"}, t.records().get(0));
        assertArrayEquals(new String[] {"2", ""}, t.records().get(1));
        assertArrayEquals(new int[] {3, 5}, t.lines());
    }

    @Test
    void lastLineWithoutLineBreakAndTrailingEmptyField() {
        RawTable t = read("a,b\n1,");
        assertArrayEquals(new String[] {"1", ""}, t.records().get(0));
    }

    @Test
    void withoutHeaderSkipsLinesAndCountsThem() {
        RawTable t = CsvReader.readWithoutHeader("f", "junk line\n1, 2\n\n3, 4\n".getBytes(StandardCharsets.UTF_8),
                List.of("x", "y"), 1);
        assertEquals(2, t.size());
        assertArrayEquals(new String[] {"3", "4"}, t.records().get(1));
        assertArrayEquals(new int[] {2, 4}, t.lines());
    }

    @Test
    void emptyFile() {
        expectError(() -> read(""), 0, null, "t.csv", "file is empty");
        expectError(() -> read("\n  \n"), 0, null, "file is empty");
    }

    @Test
    void headerOnly() {
        expectError(() -> read("a,b,c\n"), 0, null, "t.csv", "header but no data rows");
    }

    @Test
    void raggedRowNamesItsLine() {
        expectError(() -> read("a,b,c\n1,2,3\n\n4,5\n"), 4, null, "t.csv, row 4", "expected 3 fields, found 2");
        expectError(() -> read("a,b\n1,2,3\n"), 2, null, "expected 2 fields, found 3");
    }

    @Test
    void duplicateAndEmptyColumnNames() {
        expectError(() -> read("a,b,a\n1,2,3\n"), 1, "a", "column 'a'", "duplicate column name (columns 1 and 3)");
        expectError(() -> read("a,,c\n1,2,3\n"), 1, "2", "empty column name");
    }

    @Test
    void unclosedQuoteAndTextAfterClosingQuote() {
        expectError(() -> read("a,b\n1,\"open\n2,3\n"), 2, null, "quoted field is not closed");
        expectError(() -> read("a,b\n1,\"x\"y\n"), 2, null, "unexpected character 'y' after a closing quote");
    }
}
