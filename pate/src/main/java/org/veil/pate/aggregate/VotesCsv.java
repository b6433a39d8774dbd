package org.veil.pate.aggregate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.data.CsvTable;
import org.veil.core.error.DataFormatException;

/**
 * Reads a vote-histogram file: a header row, then one row per query with one integer count column
 * per class. Columns named {@code c0 .. c(m-1)} are the counts (they must all be present, in any
 * order); other columns such as {@code query} are ignored. Every problem is a
 * {@link DataFormatException} naming the file, the 1-based line and the column: ragged rows, a
 * missing class column, a count that is not a non-negative integer, rows whose counts do not sum to
 * the same number of teachers.
 *
 * <p>Stateless and thread-safe.
 */
public final class VotesCsv {
    private static final Pattern COUNT_COLUMN = Pattern.compile("c(0|[1-9][0-9]{0,6})");

    private VotesCsv() {
    }

    /** Reads {@code file} into {@link Votes}. */
    public static Votes read(Path file) {
        CsvTable table = CsvTable.read(file);
        int[] columnOfClass = classColumns(table);
        int[][] counts = new int[table.rows()][columnOfClass.length];
        long teachers = -1;
        for (int i = 0; i < table.rows(); i++) {
            long sum = 0;
            for (int j = 0; j < columnOfClass.length; j++) {
                counts[i][j] = count(table, i, columnOfClass[j], "c" + j);
                sum += counts[i][j];
            }
            if (teachers < 0) {
                teachers = sum;
            } else if (sum != teachers) {
                throw new DataFormatException(table.file(), table.line(i), null, "counts sum to " + sum
                        + " but the first row's sum to " + teachers
                        + "; every query needs exactly one vote per teacher");
            }
        }
        if (teachers < 1) {
            throw new DataFormatException(table.file(), table.line(0), null, "counts sum to " + teachers
                    + " teachers, allowed: >= 1");
        }
        return Votes.of(counts);
    }

    private static int[] classColumns(CsvTable table) {
        List<Integer> byClass = new ArrayList<>();
        List<String> columns = table.columns();
        for (int k = 0; k < columns.size(); k++) {
            Matcher m = COUNT_COLUMN.matcher(columns.get(k));
            if (m.matches()) {
                int j = Integer.parseInt(m.group(1));
                while (byClass.size() <= j) {
                    byClass.add(-1);
                }
                byClass.set(j, k);
            }
        }
        if (byClass.size() < 2) {
            throw new DataFormatException(table.file(), 1, null, "header " + columns
                    + " has fewer than 2 count columns; name them c0, c1, ... (one per class)");
        }
        int[] out = new int[byClass.size()];
        for (int j = 0; j < out.length; j++) {
            if (byClass.get(j) < 0) {
                throw new DataFormatException(table.file(), 1, "c" + j, "count column is missing (the header has c"
                        + (out.length - 1) + ", so c0 .. c" + (out.length - 1) + " are all required)");
            }
            out[j] = byClass.get(j);
        }
        return out;
    }

    private static int count(CsvTable table, int row, int column, String name) {
        String text = table.value(row, column);
        try {
            int v = Integer.parseInt(text);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a negative count
        }
        throw new DataFormatException(table.file(), table.line(row), name, "count '" + text
                + "' is not a non-negative integer");
    }
}
