package org.veil.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.veil.core.error.DataFormatException;

/**
 * A CSV file with a header, read as text fields for callers outside the data loader that parse
 * their own columns (for example PATE vote histograms). Same dialect and the same error messages
 * as the data loader ({@link CsvReader}): ragged rows, unclosed quotes and duplicate or empty
 * column names are refused with file, row and column.
 *
 * <p>Immutable view; thread-safe.
 */
public final class CsvTable {
    private final RawTable raw;

    private CsvTable(RawTable raw) {
        this.raw = raw;
    }

    /**
     * Reads {@code file} (gunzipped when its name ends in .gz, as the data loader does); a missing or
     * unreadable file is a {@link DataFormatException} naming it.
     */
    public static CsvTable read(Path file) {
        Objects.requireNonNull(file, "file");
        return new CsvTable(CsvReader.readWithHeader(file.toString(), SourceFiles.readMaybeGzip(file)));
    }

    /** The file name used in messages. */
    public String file() {
        return raw.file();
    }

    /** The header's column names, in file order. */
    public List<String> columns() {
        return raw.columns();
    }

    /** Number of data rows. */
    public int rows() {
        return raw.size();
    }

    /** The text of data row {@code row} (0-based) at column index {@code column}. */
    public String value(int row, int column) {
        return raw.value(row, column);
    }

    /** The 1-based line of the file on which data row {@code row} starts (for messages). */
    public int line(int row) {
        return raw.line(row);
    }
}
