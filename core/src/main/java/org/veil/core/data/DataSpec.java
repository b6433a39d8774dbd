package org.veil.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What data to load and how to encode it; the input of {@link DataLoader#load(DataSpec)}.
 *
 * <p>{@code data} is {@code adult} or {@code credit} (built-in, these names win over a file of the
 * same name: write {@code ./adult} for the file), a CSV file (optionally {@code .gz}), or a directory
 * of MNIST-format IDX files. Which fields apply to which source is listed in docs/data.md.
 *
 * @param data               {@code adult}, {@code credit}, a CSV path or an IDX directory
 * @param label              label column; null = the data set's default ({@code income}, {@code decision});
 *                           required for CSV; must be null for IDX
 * @param protectedColumn    protected attribute column; null = the data set's default ({@code sex} for adult,
 *                           {@code group} for credit, none otherwise); {@value #NONE} = no protected attribute
 * @param protectedAsFeature whether the protected column is also a model feature (default true)
 * @param testData           a second CSV used as the test split, or null to split {@code data} (CSV only)
 * @param testFraction       share of rows put in the test split when Veil splits one file, in (0, 1)
 * @param seed               seeds the stratified train/test shuffle and the {@code credit} generator
 * @param missing            missing-value policy
 * @param numericColumns     columns forced numeric (a value that is not a number is an error)
 * @param categoricalColumns columns forced categorical
 * @param ignoredColumns     columns read but not used
 * @param syntheticRows      rows generated for {@code credit}
 * @param header             whether the CSV's first record is a header (default true); false: every record is
 *                           data and the columns are named {@code c1..cN} (1-based, file order), so the first
 *                           column is {@code c1} (CSV only, also for {@code testData})
 */
public record DataSpec(
        String data,
        String label,
        String protectedColumn,
        boolean protectedAsFeature,
        String testData,
        double testFraction,
        long seed,
        MissingValues missing,
        Set<String> numericColumns,
        Set<String> categoricalColumns,
        Set<String> ignoredColumns,
        int syntheticRows,
        boolean header) {

    /** The {@code protectedColumn} value meaning "no protected attribute". */
    public static final String NONE = "none";
    public static final double DEFAULT_TEST_FRACTION = 0.2;
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_SYNTHETIC_ROWS = 10_000;
    /** Bounds on {@code syntheticRows}: enough rows for both classes in both splits; memory above. */
    public static final int MIN_SYNTHETIC_ROWS = 100;
    public static final int MAX_SYNTHETIC_ROWS = 5_000_000;
    /** Prefix of the generated column names of a CSV without a header: {@code c1}, {@code c2}, ... */
    public static final String HEADERLESS_PREFIX = "c";

    public DataSpec {
        Objects.requireNonNull(data, "data");
        if (data.isBlank()) {
            throw new IllegalArgumentException("data='" + data + "', allowed: adult, credit, a CSV file or a "
                    + "directory of IDX files");
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction=" + testFraction + ", allowed: (0, 1)");
        }
        Objects.requireNonNull(missing, "missing");
        if (syntheticRows < MIN_SYNTHETIC_ROWS || syntheticRows > MAX_SYNTHETIC_ROWS) {
            throw new IllegalArgumentException("syntheticRows=" + syntheticRows + ", allowed: ["
                    + MIN_SYNTHETIC_ROWS + ", " + MAX_SYNTHETIC_ROWS + "]");
        }
        numericColumns = sorted(numericColumns);
        categoricalColumns = sorted(categoricalColumns);
        ignoredColumns = sorted(ignoredColumns);
        checkBlank("label", label);
        checkBlank("protectedColumn", protectedColumn);
        checkBlank("testData", testData);
        checkConsistent(label, protectedColumn, numericColumns, categoricalColumns, ignoredColumns);
    }

    /** The spec of a file with a header ({@code header = true}); the constructor before {@code header} existed. */
    @SuppressWarnings("checkstyle:parameternumber")
    public DataSpec(String data, String label, String protectedColumn, boolean protectedAsFeature, String testData,
            double testFraction, long seed, MissingValues missing, Set<String> numericColumns,
            Set<String> categoricalColumns, Set<String> ignoredColumns, int syntheticRows) {
        this(data, label, protectedColumn, protectedAsFeature, testData, testFraction, seed, missing, numericColumns,
                categoricalColumns, ignoredColumns, syntheticRows, true);
    }

    /** Defaults for everything but {@code data}. */
    public DataSpec(String data) {
        this(data, null, null, true, null, DEFAULT_TEST_FRACTION, DEFAULT_SEED, MissingValues.DROP_ROWS,
                Set.of(), Set.of(), Set.of(), DEFAULT_SYNTHETIC_ROWS, true);
    }

    public static DataSpec of(String data) {
        return new DataSpec(data);
    }

    /** The protected column asked for, resolved against the data set's default; null when none. */
    String protectedColumnOr(String dataSetDefault) {
        if (protectedColumn == null) {
            return dataSetDefault;
        }
        return NONE.equals(protectedColumn) ? null : protectedColumn;
    }

    public DataSpec withData(String value) {
        return new DataSpec(value, label, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withLabel(String value) {
        return new DataSpec(data, value, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withProtectedColumn(String value) {
        return new DataSpec(data, label, value, protectedAsFeature, testData, testFraction, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withProtectedAsFeature(boolean value) {
        return new DataSpec(data, label, protectedColumn, value, testData, testFraction, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withTestData(String value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, value, testFraction, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withTestFraction(double value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, value, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withSeed(long value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, testFraction, value,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withMissing(MissingValues value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                value, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withNumericColumns(Set<String> value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                missing, value, categoricalColumns, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withCategoricalColumns(Set<String> value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                missing, numericColumns, value, ignoredColumns, syntheticRows, header);
    }

    public DataSpec withIgnoredColumns(Set<String> value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                missing, numericColumns, categoricalColumns, value, syntheticRows, header);
    }

    public DataSpec withSyntheticRows(int value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, value, header);
    }

    /** A copy for a CSV with ({@code true}) or without ({@code false}) a header row. */
    public DataSpec withHeader(boolean value) {
        return new DataSpec(data, label, protectedColumn, protectedAsFeature, testData, testFraction, seed,
                missing, numericColumns, categoricalColumns, ignoredColumns, syntheticRows, value);
    }

    private static Set<String> sorted(Set<String> names) {
        return names == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(names));
    }

    private static void checkBlank(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + "='" + value + "', allowed: a name, or null for the default");
        }
    }

    private static void checkConsistent(String label, String protectedColumn, Set<String> numeric,
            Set<String> categorical, Set<String> ignored) {
        List<String> problems = new ArrayList<>();
        for (String name : numeric) {
            if (categorical.contains(name)) {
                problems.add("column '" + name + "' is in both numericColumns and categoricalColumns");
            }
        }
        if (label != null) {
            if (label.equals(protectedColumn)) {
                problems.add("protectedColumn=" + protectedColumn + " is the label");
            }
            if (ignored.contains(label)) {
                problems.add("ignoredColumns contains the label '" + label + "'");
            }
            if (numeric.contains(label)) {
                problems.add("numericColumns contains the label '" + label + "' (labels are categorical)");
            }
        }
        if (protectedColumn != null && ignored.contains(protectedColumn)) {
            problems.add("ignoredColumns contains the protected column '" + protectedColumn + "'");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
