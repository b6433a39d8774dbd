package org.veil.pate.student;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Which public rows the student asks the teachers to label, and in how many rounds. After each round
 * the student is retrained on the labels so far, so later rounds can use its predictions (to pick
 * rows, or as Interactive-GNMax's baseline). Choosing rows from public data and the student's own
 * predictions is post-processing of earlier answers: it costs no privacy.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FirstQueries.class, name = "first"),
    @JsonSubTypes.Type(value = LeastConfidentQueries.class, name = "least-confident")})
public sealed interface QuerySelection permits FirstQueries, LeastConfidentQueries {
    /** Most queries accepted (guards against typos). */
    int MAX_QUERIES = 10_000_000;

    /** Total public rows asked about. */
    int queries();

    /** Rounds the queries are asked in; the student is retrained after each. */
    int rounds();

    /** {@code first} or {@code least-confident}. */
    String name();

    /** The number of queries of round {@code r} (0-based): as equal as possible, earlier rounds larger. */
    default int roundSize(int r) {
        if (r < 0 || r >= rounds()) {
            throw new IllegalArgumentException("round=" + r + ", allowed: [0, " + rounds() + ")");
        }
        return queries() / rounds() + (r < queries() % rounds() ? 1 : 0);
    }

    /** Rejects a query count or round count outside its range, with the house message. */
    static void check(int queries, int rounds, int minRounds) {
        if (queries < 1 || queries > MAX_QUERIES) {
            throw new IllegalArgumentException("queries=" + queries + ", allowed: [1, " + MAX_QUERIES + "]");
        }
        if (rounds < minRounds || rounds > queries) {
            throw new IllegalArgumentException("rounds=" + rounds + ", allowed: [" + minRounds + ", queries="
                    + queries + "]");
        }
    }
}
