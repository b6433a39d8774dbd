package org.veil.core.error;

import java.util.Objects;

/**
 * Bad input data: names the file, the 1-based row and the column when they are known, so that
 * the one-line message tells the user exactly where to look.
 */
public final class DataFormatException extends VeilException {
    private static final long serialVersionUID = 1L;

    /** Exit code for unreadable or malformed data. */
    public static final int EXIT_DATA = 4;

    private final String file;
    private final long row;
    private final String column;

    /**
     * @param file   the file (or built-in data set name) being read
     * @param row    1-based line number in the file, or 0 when the problem is not on one row
     * @param column column name (or 1-based index as text), or null when not about one column
     * @param problem what is wrong, e.g. "expected 15 fields, found 14"
     */
    public DataFormatException(String file, long row, String column, String problem) {
        super(format(file, row, column, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.row = row;
        this.column = column;
    }

    private static String format(String file, long row, String column, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (row > 0) {
            b.append(", row ").append(row);
        }
        if (column != null) {
            b.append(", column '").append(column).append('\'');
        }
        return b.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line number, 0 when the problem is not on one row. */
    public long row() {
        return row;
    }

    /** Column name, or null. */
    public String column() {
        return column;
    }

    @Override
    public int exitCode() {
        return EXIT_DATA;
    }
}
