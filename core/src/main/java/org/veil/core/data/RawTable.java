package org.veil.core.data;

import java.util.List;
import java.util.Objects;

/**
 * A parsed text table before any typing: column names and the fields of each record, with the
 * 1-based line on which each record starts (for error messages).
 *
 * <p>Package-private working type; the field arrays are mutable and owned by the loader.
 *
 * @param file    name used in error messages
 * @param columns column names, in file order
 * @param records fields of each data record, each of length {@code columns.size()}
 * @param lines   line number of each record, 1-based, in the file
 */
record RawTable(String file, List<String> columns, List<String[]> records, int[] lines) {

    RawTable {
        Objects.requireNonNull(file, "file");
        columns = List.copyOf(columns);
        records = List.copyOf(records);
        if (lines.length != records.size()) {
            throw new IllegalArgumentException("lines has " + lines.length + " entries, records " + records.size());
        }
    }

    int size() {
        return records.size();
    }

    String value(int record, int column) {
        return records.get(record)[column];
    }

    int line(int record) {
        return lines[record];
    }

    /** The index of {@code name}, or -1. */
    int indexOf(String name) {
        return columns.indexOf(name);
    }
}
