package org.veil.evaluate.report;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code veil experiment}: its setup and one row per trained model, written as
 * {@code report.json} by {@link ReportJson} and drawn as {@code report.html} by {@link ReportHtml}
 * (docs/report.md describes both).
 *
 * <p>Immutable; thread-safe. No randomness.
 *
 * @param schemaVersion report schema version, {@link #SCHEMA_VERSION} when written by this Veil
 * @param setup         what is needed to reproduce the experiment
 * @param rows          one row per model, in the order they were trained (the baseline first by convention)
 */
public record ExperimentReport(int schemaVersion, ExperimentSetup setup, List<ReportRow> rows) {

    /** The current schema version; raised when a field is removed or renamed. */
    public static final int SCHEMA_VERSION = 1;

    public ExperimentReport {
        if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion=" + schemaVersion + ", allowed: [1, " + SCHEMA_VERSION
                    + "]");
        }
        Objects.requireNonNull(setup, "setup");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /** A report of the current schema version. */
    public ExperimentReport(ExperimentSetup setup, List<ReportRow> rows) {
        this(SCHEMA_VERSION, setup, rows);
    }

    /** The attack names in order of first appearance over the rows. */
    public List<String> attackNames() {
        return rows.stream().flatMap(r -> r.attacks().keySet().stream()).distinct().toList();
    }

    /** True when some row's attack measured more leakage than its claimed ε allows. */
    public boolean alarm() {
        return rows.stream().anyMatch(ReportRow::alarm);
    }
}
