package org.veil.pate.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.veil.core.privacy.rdp.OrderGrid;
import org.veil.core.testing.ReferenceTable;
import org.veil.pate.aggregate.Votes;

/**
 * The reference tables under {@code src/test/resources/pate/}, written by
 * {@code /work/refs/scripts/pate_reference.py} from the authors' code (TF Privacy research/pate_2018
 * @03035d5); each file's comment lines name the exact function calls.
 */
final class PateTables {
    /** Relative tolerance for closed forms. */
    static final double CLOSED_FORM = 1e-9;

    private PateTables() {
    }

    static List<Map<String, String>> rows(String name) {
        return ReferenceTable.load("/pate/" + name).rows();
    }

    static double number(Map<String, String> row, String column) {
        return ReferenceTable.number(row, column);
    }

    /** A space-separated list of numbers, e.g. the counts "240 5 5 0". */
    static double[] numbers(Map<String, String> row, String column) {
        return Arrays.stream(row.get(column).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    static int[] counts(Map<String, String> row) {
        return Arrays.stream(numbers(row, "counts")).mapToInt(x -> (int) x).toArray();
    }

    /** votes-random.csv: 300 queries x 10 classes, 250 teachers. */
    static Votes randomVotes() {
        List<Map<String, String>> rows = rows("votes-random.csv");
        int[][] counts = new int[rows.size()][];
        for (int i = 0; i < counts.length; i++) {
            Map<String, String> r = rows.get(i);
            counts[i] = r.values().stream().mapToInt(Integer::parseInt).toArray();
        }
        return Votes.of(counts);
    }

    /** baseline-random.csv: integer-valued Interactive-GNMax baselines for the same queries. */
    static double[][] randomBaseline() {
        return rows("baseline-random.csv").stream()
                .map(r -> r.values().stream().mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
    }

    /** The authors' order list (orders-authors.csv). */
    static OrderGrid authorOrders() {
        return OrderGrid.of(rows("orders-authors.csv").stream().mapToDouble(r -> number(r, "order")).toArray());
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        if (!(Math.abs(expected - actual) <= tolerance * scale) && !(expected == actual)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (relative error "
                    + Math.abs(expected - actual) / scale + ")");
        }
    }
}
