package org.veil.core.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.core.error.DataFormatException;

/**
 * The role and kind of every column of a table, checked against the data: the label and protected
 * columns exist, forced-numeric columns hold only numbers, no column mixes finite and non-finite
 * numbers, and the test file has the same columns and numbers where the training file has them.
 *
 * <p>Kinds are detected on the whole training source (before Veil's own train/test split, so a
 * column's kind does not depend on the seed): a column is numeric when every non-missing value is a
 * finite decimal and there is at least one; the label is always categorical. Immutable.
 */
final class ColumnPlan {
    private final List<String> names;
    private final ColumnRole[] roles;
    private final ColumnKind[] kinds;
    private final int label;
    private final int protectedIndex;
    private final boolean protectedAsFeature;

    private ColumnPlan(List<String> names, ColumnRole[] roles, ColumnKind[] kinds, int label, int protectedIndex,
            boolean protectedAsFeature) {
        this.names = names;
        this.roles = roles;
        this.kinds = kinds;
        this.label = label;
        this.protectedIndex = protectedIndex;
        this.protectedAsFeature = protectedAsFeature;
    }

    /** Resolves and checks the columns of {@code request} against its tables. */
    static ColumnPlan resolve(TableRequest request) {
        RawTable train = request.train();
        DataSpec spec = request.spec();
        List<String> names = train.columns();
        if (request.label() == null) {
            throw new DataFormatException(train.file(), 0, null, "no label column given; columns: " + list(names));
        }
        int label = require(train, request.label(), "label column");
        int prot = request.protectedColumn() == null ? -1 : require(train, request.protectedColumn(),
                "protected column");
        checkResolved(request.label(), request.protectedColumn(), spec);
        Set<String> numeric = new HashSet<>(spec.numericColumns());
        numeric.addAll(request.numericByDefault());
        numeric.removeAll(spec.categoricalColumns());
        for (Set<String> named : List.of(spec.numericColumns(), spec.categoricalColumns(), spec.ignoredColumns())) {
            named.forEach(n -> require(train, n, "column"));
        }
        if (request.test() != null && !request.test().columns().equals(names)) {
            throw new DataFormatException(request.test().file(), 0, null, "columns differ from the training file: "
                    + "expected " + list(names) + ", found " + list(request.test().columns()));
        }
        ColumnRole[] roles = new ColumnRole[names.size()];
        ColumnKind[] kinds = new ColumnKind[names.size()];
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            roles[j] = j == label ? ColumnRole.LABEL : j == prot ? ColumnRole.PROTECTED
                    : spec.ignoredColumns().contains(name) ? ColumnRole.IGNORED : ColumnRole.FEATURE;
            boolean strict = roles[j] != ColumnRole.IGNORED;
            kinds[j] = j == label ? ColumnKind.CATEGORICAL
                    : detect(train, j, numeric.contains(name), spec.categoricalColumns().contains(name), strict);
            if (strict && kinds[j] == ColumnKind.NUMERIC && request.test() != null) {
                checkNumbers(request.test(), j);
            }
        }
        return new ColumnPlan(names, roles, kinds, label, prot, spec.protectedAsFeature());
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    ColumnRole role(int column) {
        return roles[column];
    }

    ColumnKind kind(int column) {
        return kinds[column];
    }

    int label() {
        return label;
    }

    /** Index of the protected column, or -1. */
    int protectedIndex() {
        return protectedIndex;
    }

    /** Whether the column feeds the model: a feature, or the protected column unless excluded. */
    boolean isModelInput(int column) {
        return roles[column] == ColumnRole.FEATURE || (column == protectedIndex && protectedAsFeature);
    }

    /** Whether a missing value in the column matters to the missing-value policy. */
    boolean isUsed(int column) {
        return roles[column] == ColumnRole.FEATURE || roles[column] == ColumnRole.PROTECTED;
    }

    /** The spec checks explicit names; here the data set's defaults are filled in, so check again. */
    private static void checkResolved(String label, String protectedColumn, DataSpec spec) {
        if (label.equals(protectedColumn)) {
            throw new IllegalArgumentException("protectedColumn=" + protectedColumn + " is the label; choose another "
                    + "protected column or " + DataSpec.NONE);
        }
        if (spec.ignoredColumns().contains(label) || spec.numericColumns().contains(label)) {
            throw new IllegalArgumentException("label=" + label + " is in ignoredColumns or numericColumns");
        }
        if (protectedColumn != null && spec.ignoredColumns().contains(protectedColumn)) {
            throw new IllegalArgumentException("ignoredColumns contains the protected column '" + protectedColumn
                    + "'; to keep it out of the features use protectedAsFeature=false, to drop it protectedColumn="
                    + DataSpec.NONE);
        }
    }

    private static int require(RawTable table, String name, String what) {
        int j = table.indexOf(name);
        if (j < 0) {
            throw new DataFormatException(table.file(), 0, name, what + " not found; columns: "
                    + list(table.columns()));
        }
        return j;
    }

    /** Detects the kind; a non-strict (ignored) column never fails, it is categorical when in doubt. */
    private static ColumnKind detect(RawTable table, int column, boolean forcedNumeric, boolean forcedCategorical,
            boolean strict) {
        if (forcedCategorical || (!strict && forcedNumeric)) {
            return forcedCategorical ? ColumnKind.CATEGORICAL : ColumnKind.NUMERIC;
        }
        int finite = 0;
        int firstNonFinite = -1;
        for (int i = 0; i < table.size(); i++) {
            String v = table.value(i, column);
            if (NumberSyntax.isMissing(v)) {
                continue;
            }
            if (NumberSyntax.isDecimal(v) && Double.isFinite(NumberSyntax.parse(v))) {
                finite++;
            } else if (strict && NumberSyntax.isNonFinite(v)) {
                firstNonFinite = firstNonFinite < 0 ? i : firstNonFinite;
            } else if (forcedNumeric) {
                throw notANumber(table, i, column, "the column is forced numeric");
            } else {
                return ColumnKind.CATEGORICAL;
            }
        }
        if (firstNonFinite >= 0) {
            throw nonFinite(table, firstNonFinite, column);
        }
        return finite > 0 || forcedNumeric ? ColumnKind.NUMERIC : ColumnKind.CATEGORICAL;
    }

    private static void checkNumbers(RawTable table, int column) {
        for (int i = 0; i < table.size(); i++) {
            String v = table.value(i, column);
            if (NumberSyntax.isMissing(v) || Double.isFinite(NumberSyntax.finiteOrNaN(v))) {
                continue;
            }
            if (NumberSyntax.isNonFinite(v)) {
                throw nonFinite(table, i, column);
            }
            throw notANumber(table, i, column, "the column is numeric in the training data");
        }
    }

    private static DataFormatException notANumber(RawTable table, int row, int column, String why) {
        return new DataFormatException(table.file(), table.line(row), table.columns().get(column),
                "'" + table.value(row, column) + "' is not a number (" + why + ")");
    }

    private static DataFormatException nonFinite(RawTable table, int row, int column) {
        return new DataFormatException(table.file(), table.line(row), table.columns().get(column),
                "non-finite number '" + table.value(row, column) + "' (only finite numbers are allowed; write a "
                        + "missing value as ? or an empty field)");
    }

    static String list(List<String> names) {
        return String.join(", ", names);
    }
}
