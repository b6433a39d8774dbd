package org.veil.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.error.DataFormatException;

/**
 * Reads comma-separated text as in RFC 4180: fields separated by {@code ,}, records by LF or CRLF,
 * a field in double quotes may contain commas, line breaks and doubled quotes ({@code ""}).
 * Beyond the RFC: spaces and tabs around an unquoted field (and outside the quotes of a quoted one)
 * are dropped, blank lines are skipped, a UTF-8 byte-order mark is ignored, and a quote inside an
 * unquoted field is kept as a literal character. Text is decoded as UTF-8 (invalid bytes become
 * U+FFFD).
 *
 * <p>Hand-written rather than opencsv (only a transitive dependency of Tribuo here) so that errors
 * can name the exact line of a record that spans several lines. Stateless and thread-safe.
 */
final class CsvReader {
    private static final char SEPARATOR = ',';
    private static final char QUOTE = '"';

    private CsvReader() {
    }

    /** Reads a table whose first record is the header. */
    static RawTable readWithHeader(String file, byte[] bytes) {
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(file, decode(bytes), 0, records, lines);
        if (records.isEmpty()) {
            throw new DataFormatException(file, 0, null, "file is empty (a header row and data rows are required)");
        }
        List<String> header = checkHeader(file, records.get(0), lines.get(0));
        if (records.size() == 1) {
            throw new DataFormatException(file, 0, null, "has a header but no data rows");
        }
        return table(file, header, records.subList(1, records.size()), lines.subList(1, lines.size()));
    }

    /** Reads a table without a header, after skipping {@code skipLines} physical lines. */
    static RawTable readWithoutHeader(String file, byte[] bytes, List<String> columns, int skipLines) {
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(file, decode(bytes), skipLines, records, lines);
        if (records.isEmpty()) {
            throw new DataFormatException(file, 0, null, "has no data rows");
        }
        return table(file, columns, records, lines);
    }

    /**
     * Reads a table without a header whose columns are named {@code prefix + 1 .. prefix + N} (1-based),
     * N being the number of fields of the first record.
     */
    static RawTable readNumbered(String file, byte[] bytes, String prefix) {
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(file, decode(bytes), 0, records, lines);
        if (records.isEmpty()) {
            throw new DataFormatException(file, 0, null, "has no data rows");
        }
        List<String> columns = new ArrayList<>();
        for (int j = 1; j <= records.get(0).length; j++) {
            columns.add(prefix + j);
        }
        return table(file, columns, records, lines);
    }

    private static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static List<String> checkHeader(String file, String[] header, int line) {
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < header.length; j++) {
            if (header[j].isEmpty()) {
                throw new DataFormatException(file, line, String.valueOf(j + 1), "empty column name in the header");
            }
            Integer before = seen.putIfAbsent(header[j], j);
            if (before != null) {
                throw new DataFormatException(file, line, header[j], "duplicate column name (columns "
                        + (before + 1) + " and " + (j + 1) + ")");
            }
        }
        return List.of(header);
    }

    private static RawTable table(String file, List<String> columns, List<String[]> records, List<Integer> lines) {
        int[] lineArray = new int[lines.size()];
        for (int i = 0; i < lineArray.length; i++) {
            String[] fields = records.get(i);
            lineArray[i] = lines.get(i);
            if (fields.length != columns.size()) {
                throw new DataFormatException(file, lineArray[i], null, "expected " + columns.size()
                        + " fields, found " + fields.length);
            }
        }
        return new RawTable(file, columns, records, lineArray);
    }

    /** Splits {@code text} into records, skipping blank lines and the first {@code skipLines} lines. */
    private static void parse(String file, String text, int skipLines, List<String[]> records, List<Integer> lines) {
        Cursor c = new Cursor(file, text);
        for (int i = 0; i < skipLines && c.pos < text.length(); i++) {
            c.skipLine();
        }
        List<String> fields = new ArrayList<>();
        while (c.pos < text.length()) {
            int startLine = c.line;
            fields.clear();
            boolean more;
            do {
                fields.add(c.field());
                more = c.pos < text.length() && text.charAt(c.pos) == SEPARATOR;
                c.pos += more ? 1 : 0;
            } while (more);
            c.endOfRecord();
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !c.lastWasQuoted;
            if (!blank) {
                records.add(fields.toArray(new String[0]));
                lines.add(startLine);
            }
        }
    }

    /** Position in the text and the current 1-based line. */
    private static final class Cursor {
        private final String file;
        private final String text;
        private int pos;
        private int line = 1;
        private boolean lastWasQuoted;

        Cursor(String file, String text) {
            this.file = file;
            this.text = text;
        }

        void skipLine() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
            pos++;
            line++;
        }

        /** Reads one field; leaves {@code pos} on the separator, the line break or the end. */
        String field() {
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == QUOTE) {
                lastWasQuoted = true;
                return quoted();
            }
            lastWasQuoted = false;
            int start = pos;
            while (pos < text.length()) {
                char ch = text.charAt(pos);
                if (ch == SEPARATOR || ch == '\n' || ch == '\r') {
                    break;
                }
                pos++;
            }
            return text.substring(start, pos).strip();
        }

        private String quoted() {
            int startLine = line;
            StringBuilder b = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw new DataFormatException(file, startLine, null, "quoted field is not closed before the end "
                            + "of the file");
                }
                char ch = text.charAt(pos++);
                if (ch == QUOTE) {
                    if (pos < text.length() && text.charAt(pos) == QUOTE) {
                        b.append(QUOTE);
                        pos++;
                        continue;
                    }
                    break;
                }
                line += ch == '\n' ? 1 : 0;
                b.append(ch);
            }
            skipBlanks();
            if (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
                throw new DataFormatException(file, line, null, "unexpected character '" + text.charAt(pos)
                        + "' after a closing quote (write a quote inside a quoted field as \"\")");
            }
            return b.toString();
        }

        void endOfRecord() {
            if (pos < text.length() && text.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        }

        private void skipBlanks() {
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private static boolean isFieldEnd(char ch) {
            return ch == SEPARATOR || ch == '\n' || ch == '\r';
        }
    }
}
