package org.veil.cli.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.error.DataFormatException;

/**
 * A set of rows of the loaded data named on the command line ({@code --members}, {@code --non-members},
 * {@code --population}): {@code train}, {@code test}, {@code train:FROM-TO} / {@code test:FROM-TO}
 * (0-based, end exclusive) or {@code rows:FILE} (one training-row index per line). Rows are chosen
 * from the data loaded with the target's data flags, so that they are encoded exactly as its training
 * data was. Immutable; no randomness.
 *
 * @param flag  the flag it came from, for messages
 * @param text  the flag's value
 * @param split {@code train} or {@code test}
 * @param rows  row indices into that split, ascending, distinct
 */
record RowSpec(String flag, String text, String split, int[] rows) {
    private static final Pattern RANGE = Pattern.compile("(train|test):(\\d+)-(\\d+)");
    static final String TRAIN = "train";
    static final String TEST = "test";
    static final String FORMS = "train, test, train:FROM-TO, test:FROM-TO (0-based, end exclusive) or rows:FILE";

    /** Parses {@code text} against the sizes of {@code data}'s splits. */
    static RowSpec parse(String flag, String text, DatasetSplit data) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (TRAIN.equals(t) || TEST.equals(t)) {
            return new RowSpec(flag, text, t, range(0, size(data, t)));
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            String split = m.group(1);
            long from = Long.parseLong(m.group(2));
            long to = Long.parseLong(m.group(3));
            int n = size(data, split);
            if (from > to || to > n) {
                throw new IllegalArgumentException(flag + "=" + text + ", allowed: FROM <= TO <= " + n + " (the "
                        + split + " split has " + n + " rows)");
            }
            return new RowSpec(flag, text, split, range((int) from, (int) to));
        }
        if (text.startsWith("rows:")) {
            return new RowSpec(flag, text, TRAIN, readRows(text.substring(5), size(data, TRAIN)));
        }
        throw new IllegalArgumentException(flag + "=" + text + ", allowed: " + FORMS);
    }

    /** The rows of {@code keep} (positions into {@link #rows}) as a new spec of the same split. */
    RowSpec keep(int[] positions) {
        int[] r = new int[positions.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = rows[positions[i]];
        }
        return new RowSpec(flag, text, split, r);
    }

    /** The selected rows as a data set. */
    Dataset select(DatasetSplit data) {
        Dataset from = TRAIN.equals(split) ? data.train() : data.test();
        return from.subset(rows, split + "-" + flag.replace("--", ""));
    }

    /** Refuses {@code other} when it shares rows with this one. */
    void requireDisjoint(RowSpec other) {
        if (!split.equals(other.split)) {
            return;
        }
        Set<Integer> mine = new HashSet<>();
        for (int r : rows) {
            mine.add(r);
        }
        int shared = 0;
        int first = -1;
        for (int r : other.rows) {
            if (mine.contains(r)) {
                first = shared++ == 0 ? r : first;
            }
        }
        if (shared > 0) {
            throw new IllegalArgumentException(flag + " " + text + " and " + other.flag + " " + other.text + " share "
                    + shared + " rows (first: " + split + " row " + first + "): they must not overlap");
        }
    }

    private static int size(DatasetSplit data, String split) {
        return TRAIN.equals(split) ? data.train().rows() : data.test().rows();
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int[] readRows(String file, int n) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(file, 0, null, "cannot read the row list: " + e.getMessage());
        }
        List<Integer> rows = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int row;
            try {
                row = Integer.parseInt(line);
            } catch (NumberFormatException e) {
                throw new DataFormatException(file, i + 1, null, "'" + line + "' is not a row index");
            }
            if (row < 0 || row >= n) {
                throw new DataFormatException(file, i + 1, null, "row " + row + " is outside the train split [0, "
                        + n + ")");
            }
            if (!seen.add(row)) {
                throw new DataFormatException(file, i + 1, null, "row " + row + " is listed twice");
            }
            rows.add(row);
        }
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
