package org.veil.cli.support;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.veil.core.data.DataSpec;
import org.veil.core.data.MissingValues;
import picocli.CommandLine.Option;

/** The shared data flags of every command that reads a data set; turned into a validated {@link DataSpec}. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "adult|credit|PATH", defaultValue = "adult",
            description = "Built-in 'adult' (UCI Adult, embedded) or 'credit' (synthetic), a CSV file (or .gz; with a "
                    + "header unless --no-header), or a directory of MNIST-format IDX files. Default: ${DEFAULT-VALUE}.")
    private String data;

    @Option(names = "--label", paramLabel = "COLUMN", description = "Label column (required for CSV).")
    private String label;

    @Option(names = "--no-header", description = "The CSV has no header row: every line is data and the columns "
            + "are named c1, c2, ... (1-based, file order), e.g. --label c1.")
    private boolean noHeader;

    @Option(names = "--protected", paramLabel = "COLUMN",
            description = "Protected attribute column for fairness and per-group results ('none' for none). "
                    + "Default: sex for adult, group for credit.")
    private String protectedColumn;

    @Option(names = "--exclude-protected", description = "Do not use the protected column as a model feature.")
    private boolean excludeProtected;

    @Option(names = "--test-data", paramLabel = "PATH", description = "A second CSV used as the test split.")
    private String testData;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share of rows held out for testing when one CSV is split, in (0, 1). Default: ${DEFAULT-VALUE}.")
    private double testFraction;

    @Option(names = "--split-seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the stratified train/test split and of the credit generator. Default: ${DEFAULT-VALUE}.")
    private long splitSeed;

    @Option(names = "--missing", paramLabel = "drop|impute", defaultValue = "drop",
            description = "Rows with missing values ('?' or empty): drop them, or impute. Default: ${DEFAULT-VALUE}.")
    private String missing;

    @Option(names = "--numeric", split = ",", paramLabel = "COLUMN", description = "Columns forced numeric.")
    private List<String> numeric = List.of();

    @Option(names = "--categorical", split = ",", paramLabel = "COLUMN", description = "Columns forced categorical.")
    private List<String> categorical = List.of();

    @Option(names = "--ignore", split = ",", paramLabel = "COLUMN", description = "Columns not used at all.")
    private List<String> ignore = List.of();

    @Option(names = "--rows", paramLabel = "N", defaultValue = "10000",
            description = "Rows generated for 'credit'. Default: ${DEFAULT-VALUE}.")
    private int rows;

    /** The validated data spec (an {@link IllegalArgumentException} names the bad flag's value). */
    public DataSpec toSpec() {
        MissingValues policy = switch (missing.toLowerCase(java.util.Locale.ROOT)) {
            case "drop", "drop_rows", "drop-rows" -> MissingValues.DROP_ROWS;
            case "impute" -> MissingValues.IMPUTE;
            default -> throw new IllegalArgumentException("--missing=" + missing + ", allowed: drop, impute");
        };
        return new DataSpec(data, label, protectedColumn, !excludeProtected, testData, testFraction, splitSeed, policy,
                set(numeric), set(categorical), set(ignore), rows, !noHeader);
    }

    private static Set<String> set(List<String> values) {
        return new TreeSet<>(values);
    }
}
