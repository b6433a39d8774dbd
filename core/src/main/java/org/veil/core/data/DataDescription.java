package org.veil.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A summary of loaded data for {@code veil data describe}: plain values only, so that it serialises
 * to JSON as is (for {@code --json}) and renders as text with {@link #toText()}.
 *
 * @param name               data set name
 * @param location           path, or {@code built-in:<name>...}
 * @param rows               rows in the source, before the missing-value policy and the split
 * @param sha256             SHA-256 of the source bytes
 * @param label              label column
 * @param classes            classes in class-index order, with their train and test counts
 * @param protectedAttribute the protected attribute and its groups, or null when none
 * @param columns            source columns in file order
 * @param encodedFeatures    number of encoded features the models see
 * @param trainRows          rows in the training split
 * @param testRows           rows in the test split
 * @param report             what loading did to the rows
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataDescription(
        String name,
        String location,
        long rows,
        String sha256,
        String label,
        List<ValueCount> classes,
        ProtectedSummary protectedAttribute,
        List<ColumnSummary> columns,
        int encodedFeatures,
        int trainRows,
        int testRows,
        LoadReport report) {

    /** How many training and test rows have one class or group. */
    public record ValueCount(String value, int train, int test) {
    }

    /** The protected attribute: column, whether it is also a model feature, its groups. */
    public record ProtectedSummary(String name, boolean feature, List<ValueCount> groups) {
        public ProtectedSummary {
            groups = List.copyOf(groups);
        }
    }

    /** One source column: kind, role, missing values in the source, categories fitted (0 if numeric). */
    public record ColumnSummary(String name, ColumnKind kind, ColumnRole role, long missing, int categories) {
    }

    public DataDescription {
        Objects.requireNonNull(name, "name");
        classes = List.copyOf(classes);
        columns = List.copyOf(columns);
    }

    /** Describes {@code data}. */
    public static DataDescription of(LoadedData data) {
        Dataset train = data.train();
        Dataset test = data.test();
        DataSource source = data.source();
        Schema schema = train.schema();
        String label = null;
        List<ColumnSummary> columns = new ArrayList<>();
        for (ColumnInfo c : schema.columns()) {
            label = c.role() == ColumnRole.LABEL ? c.name() : label;
            columns.add(new ColumnSummary(c.name(), c.kind(), c.role(), c.missingCount(), c.categories().size()));
        }
        List<ValueCount> classes = counts(train.classNames(), train.labels(), test.labels());
        ProtectedSummary prot = null;
        if (train.protectedAttribute() != null) {
            ProtectedAttribute p = train.protectedAttribute();
            boolean feature = schema.featureNames().stream()
                    .anyMatch(f -> f.equals(p.name()) || f.startsWith(p.name() + "="));
            prot = new ProtectedSummary(p.name(), feature, counts(p.groupNames(), p.groups(),
                    test.protectedAttribute().groups()));
        }
        return new DataDescription(source.name(), source.location(), source.rows(), source.sha256(), label, classes,
                prot, columns, train.numFeatures(), train.rows(), test.rows(), data.report());
    }

    private static List<ValueCount> counts(List<String> names, int[] train, int[] test) {
        int[] a = new int[names.size()];
        int[] b = new int[names.size()];
        for (int v : train) {
            a[v]++;
        }
        for (int v : test) {
            b[v]++;
        }
        List<ValueCount> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            out.add(new ValueCount(names.get(k), a[k], b[k]));
        }
        return out;
    }

    /** A human-readable rendering, one fact per line; at most {@code maxColumns} columns are listed. */
    public String toText(int maxColumns) {
        StringBuilder b = new StringBuilder();
        line(b, "name", name);
        line(b, "location", location);
        line(b, "rows", rows + " in the source; train " + trainRows + ", test " + testRows + " (missing values: "
                + report.missingPolicy() + ", dropped " + report.droppedTrainRows() + " train / "
                + report.droppedTestRows() + " test file rows)");
        line(b, "sha256", sha256);
        line(b, "label", label + ": " + joinCounts(classes));
        if (protectedAttribute != null) {
            line(b, "protected", protectedAttribute.name() + (protectedAttribute.feature() ? " (also a feature): "
                    : " (not a feature): ") + joinCounts(protectedAttribute.groups()));
        }
        line(b, "features", encodedFeatures + " encoded");
        if (!report.unseenTestCategories().isEmpty()) {
            line(b, "unseen", "test values of categories not in training (encoded all-zero): "
                    + report.unseenTestCategories());
        }
        b.append(String.format(Locale.ROOT, "columns (%d):%n  %-24s %-12s %-10s %8s %10s%n", columns.size(), "name",
                "kind", "role", "missing", "categories"));
        for (ColumnSummary c : columns.subList(0, Math.min(maxColumns, columns.size()))) {
            b.append(String.format(Locale.ROOT, "  %-24s %-12s %-10s %8d %10s%n", c.name(), c.kind(), c.role(),
                    c.missing(), c.kind() == ColumnKind.NUMERIC ? "-" : Integer.toString(c.categories())));
        }
        if (columns.size() > maxColumns) {
            b.append(String.format(Locale.ROOT, "  ... %d more%n", columns.size() - maxColumns));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(String.format(Locale.ROOT, "%-10s %s%n", key, value));
    }

    private static String joinCounts(List<ValueCount> counts) {
        List<String> parts = new ArrayList<>();
        for (ValueCount c : counts) {
            parts.add(c.value() + " " + c.train() + "/" + c.test());
        }
        return String.join(", ", parts) + " (train/test)";
    }
}
