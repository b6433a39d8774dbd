package org.veil.pate.teacher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that index sets form a partition of rows {@code 0 .. rows-1} into teachers' parts: every
 * part non-empty, every index in range, no index twice (within a part or across parts: disjointness)
 * and every row in some part (coverage). PATE's guarantee rests on disjointness: a record that two
 * teachers train on can change two votes per query, twice the sensitivity the aggregators' analysis
 * assumes (Papernot et al. 2017, section 2.1; 2018, section 4.1). Reports every kind of problem in
 * one message, each with a count and the first offending rows.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
public final class PartitionCheck {
    /** Offending rows listed per kind of problem before "...". */
    static final int SHOWN = 5;

    private PartitionCheck() {
    }

    /**
     * The problems of {@code parts} as a partition of {@code rows} rows; empty when it is one.
     *
     * @param rows  number of rows partitioned, &gt;= 1
     * @param parts one index set per teacher
     */
    public static List<String> problems(int rows, int[][] parts) {
        List<String> problems = new ArrayList<>();
        if (rows < 1) {
            problems.add("rows=" + rows + ", allowed: >= 1");
            return problems;
        }
        if (parts == null || parts.length == 0) {
            problems.add("the partition has no parts, allowed: >= 1 part");
            return problems;
        }
        int[] owner = new int[rows];
        Arrays.fill(owner, -1);
        Offenders empty = new Offenders("part", "parts", "empty (every teacher needs at least one row)");
        Offenders outOfRange = new Offenders("row index", "row indices", "out of range, allowed: [0, " + rows + ")");
        Offenders twice = new Offenders("row", "rows", "in one part twice");
        Offenders shared = new Offenders("row", "rows", "in more than one part (the parts must be disjoint)");
        for (int k = 0; k < parts.length; k++) {
            if (parts[k] == null || parts[k].length == 0) {
                empty.add(k);
                continue;
            }
            for (int i : parts[k]) {
                if (i < 0 || i >= rows) {
                    outOfRange.add(i);
                } else if (owner[i] == k) {
                    twice.add(i);
                } else if (owner[i] >= 0) {
                    shared.add(i);
                } else {
                    owner[i] = k;
                }
            }
        }
        Offenders uncovered = new Offenders("row", "rows", "in no part (the parts must cover every row)");
        for (int i = 0; i < rows; i++) {
            if (owner[i] < 0) {
                uncovered.add(i);
            }
        }
        for (Offenders o : List.of(empty, outOfRange, twice, shared, uncovered)) {
            o.describe(problems);
        }
        return problems;
    }

    /**
     * Throws when {@code parts} is not a partition of {@code rows} rows.
     *
     * @throws IllegalArgumentException listing every problem found
     */
    public static void check(int rows, int[][] parts) {
        List<String> problems = problems(rows, parts);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a partition of " + rows + " rows into teachers' parts: "
                    + String.join("; ", problems));
        }
    }

    /** Counts one kind of problem and keeps its first few examples. */
    private static final class Offenders {
        private final String noun;
        private final String nouns;
        private final String what;
        private final List<Integer> first = new ArrayList<>();
        private long count;

        Offenders(String noun, String nouns, String what) {
            this.noun = noun;
            this.nouns = nouns;
            this.what = what;
        }

        void add(int value) {
            count++;
            if (first.size() < SHOWN) {
                first.add(value);
            }
        }

        void describe(List<String> out) {
            if (count == 0) {
                return;
            }
            String shown = first.toString() + (count > first.size() ? " ..." : "");
            out.add(count + " " + (count == 1 ? noun + " is " : nouns + " are ") + what + ": " + shown);
        }
    }
}
