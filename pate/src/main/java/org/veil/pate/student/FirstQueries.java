package org.veil.pate.student;

/**
 * Ask about the first {@code queries} public rows, in order (Papernot et al. 2017, section 4.1 and
 * 2018, section 5: the student's queries are the first part of the test set), in {@code rounds}
 * consecutive blocks.
 *
 * @param queries public rows asked about, in [1, 10^7]
 * @param rounds  blocks they are asked in, in [1, queries]; more than one only matters for
 *                Interactive-GNMax, whose check uses the student trained on the earlier blocks
 */
public record FirstQueries(int queries, int rounds) implements QuerySelection {

    public FirstQueries {
        QuerySelection.check(queries, rounds, 1);
    }

    /** The first {@code queries} rows in one round. */
    public FirstQueries(int queries) {
        this(queries, 1);
    }

    @Override
    public String name() {
        return "first";
    }
}
