package org.veil.pate.student;

/**
 * Active selection by uncertainty sampling (Settles 2009, "Active Learning Literature Survey",
 * section 3.1, least-confident strategy): the first round asks about the first public rows (there is
 * no student yet); every later round asks about the remaining rows whose top class probability under
 * the student trained so far is smallest (lowest row index on ties).
 *
 * @param queries public rows asked about in all, in [1, 10^7]
 * @param rounds  rounds, in [2, queries] (one round would be {@link FirstQueries})
 */
public record LeastConfidentQueries(int queries, int rounds) implements QuerySelection {

    public LeastConfidentQueries {
        QuerySelection.check(queries, rounds, 2);
    }

    @Override
    public String name() {
        return "least-confident";
    }
}
