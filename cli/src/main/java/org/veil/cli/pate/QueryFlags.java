package org.veil.cli.pate;

import org.veil.pate.student.FirstQueries;
import org.veil.pate.student.LeastConfidentQueries;
import org.veil.pate.student.QuerySelection;
import picocli.CommandLine.Option;

/** Which public rows {@code veil pate train} asks the teachers about, and how the student learns from them. */
public final class QueryFlags {

    @Option(names = "--queries", paramLabel = "Q", defaultValue = "640",
            description = "Public rows asked about (each costs privacy). Default: ${DEFAULT-VALUE}.")
    int queries;

    @Option(names = "--selection", paramLabel = "first|least-confident", defaultValue = "first",
            description = "first: the first Q public rows; least-confident: in --rounds rounds, each after the first "
                    + "asking the rows the student is least sure of. Default: ${DEFAULT-VALUE}.")
    String selection;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "1",
            description = "Query rounds (the student is retrained between rounds; interactive-gnmax needs >= 2). "
                    + "Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--semi-supervised", description = "Also train the student on its own confident predictions for "
            + "the public rows left without a label (self-training: free post-processing).")
    boolean semiSupervised;

    QuerySelection toSelection() {
        return switch (selection) {
            case "first" -> new FirstQueries(queries, rounds);
            case "least-confident" -> new LeastConfidentQueries(queries, rounds);
            default -> throw new IllegalArgumentException("--selection=" + selection
                    + ", allowed: first, least-confident");
        };
    }
}
