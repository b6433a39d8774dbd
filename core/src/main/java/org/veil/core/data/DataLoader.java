package org.veil.core.data;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.veil.core.error.DataFormatException;

/**
 * The one entry point from a {@link DataSpec} to encoded training and test data:
 * {@code adult} (embedded UCI Adult, official split), {@code credit} (seeded synthetic lending data),
 * a CSV file (with a header, or without one when {@link DataSpec#header()} is false; split by Veil unless
 * {@link DataSpec#testData()} names a test file), or a
 * directory of MNIST-format IDX files (official split). Formats, encoding rules and hashes are
 * documented in docs/data.md.
 *
 * <p>Every problem with the data is a {@link DataFormatException} with a one-line message naming the
 * file, row and column; a spec field that does not apply to the source is an
 * {@link IllegalArgumentException}. Thread-safe (no shared state). Randomness: the train/test shuffle
 * uses {@code new java.util.Random(spec.seed())}; {@code credit} derives its generator from the same seed.
 */
public final class DataLoader {

    private DataLoader() {
    }

    /** Loads and encodes the data {@code spec} names. */
    public static LoadedData load(DataSpec spec) {
        String data = spec.data();
        if (AdultData.NAME.equals(data)) {
            requireNull("testData", spec.testData(), "the built-in adult data (it has its official test split)");
            requireHeader(spec, "the built-in adult data");
            return AdultData.load(spec);
        }
        if (CreditData.NAME.equals(data)) {
            requireNull("testData", spec.testData(), "the built-in credit data (Veil splits it)");
            requireHeader(spec, "the built-in credit data");
            return loadCredit(spec);
        }
        Path path = existing(data);
        if (Files.isDirectory(path)) {
            checkIdxSpec(spec);
            return IdxData.load(path);
        }
        return loadCsv(spec, path);
    }

    /**
     * Encodes all rows of the CSV file {@code spec} names with an encoding fitted elsewhere (a federated
     * client's rows, encoded like the server's training split). No split: every kept row is returned,
     * as the "train" split. The spec's label, when given, must be the encoding's; its column-kind
     * options do not apply (the encoding decides).
     */
    public static Dataset encodeWith(DataSpec spec, DataEncoding encoding) {
        return encodeWith(spec, encoding, ColumnRenames.NONE);
    }

    /**
     * As {@link #encodeWith(DataSpec, DataEncoding)}, with the file's columns renamed first (its header
     * only), for a file that names the server's columns differently.
     */
    public static Dataset encodeWith(DataSpec spec, DataEncoding encoding, ColumnRenames renames) {
        if (spec.label() != null && !spec.label().equals(encoding.label())) {
            throw new IllegalArgumentException("label=" + spec.label() + ", allowed: " + encoding.label()
                    + " (the label of the encoding this data must follow)");
        }
        requireNull("testData", spec.testData(), "data encoded with a given encoding (no split)");
        boolean builtIn = AdultData.NAME.equals(spec.data()) || CreditData.NAME.equals(spec.data());
        Path path = builtIn ? null : existing(spec.data());
        if (builtIn || Files.isDirectory(path)) {
            throw new IllegalArgumentException("data=" + spec.data() + ", allowed: a CSV file (only a CSV file is "
                    + "encoded with a given encoding)");
        }
        byte[] bytes = SourceFiles.readMaybeGzip(path);
        RawTable table = renames.apply(readCsv(spec, spec.data(), bytes));
        DataSource source = new DataSource(path.getFileName().toString(), path.toAbsolutePath().normalize().toString(),
                table.size(), SourceDigest.of(bytes));
        return EncodingApplier.apply(encoding, table, source);
    }

    private static LoadedData loadCredit(DataSpec spec) {
        byte[] csv = CreditData.csv(spec.syntheticRows(), spec.seed());
        RawTable table = CsvReader.readWithHeader(CreditData.NAME + " (built-in)", csv);
        DataSource source = new DataSource(CreditData.NAME, CreditData.location(spec.syntheticRows(), spec.seed()),
                table.size(), SourceDigest.of(csv));
        String label = spec.label() == null ? CreditData.LABEL : spec.label();
        TableRequest request = new TableRequest(source, table, null, spec, label,
                spec.protectedColumnOr(CreditData.PROTECTED), CreditData.NUMERIC);
        return TableEncoder.encode(request, new Random(spec.seed()));
    }

    private static LoadedData loadCsv(DataSpec spec, Path path) {
        byte[] trainBytes = SourceFiles.readMaybeGzip(path);
        RawTable train = readCsv(spec, spec.data(), trainBytes);
        RawTable test = null;
        SourceDigest digest = new SourceDigest().add(trainBytes);
        if (spec.testData() != null) {
            Path testPath = existing(spec.testData());
            if (Files.isDirectory(testPath)) {
                throw new DataFormatException(spec.testData(), 0, null, "is a directory; testData must be a CSV file");
            }
            byte[] testBytes = SourceFiles.readMaybeGzip(testPath);
            test = readCsv(spec, spec.testData(), testBytes);
            digest.add(testBytes);
        }
        long rows = (long) train.size() + (test == null ? 0 : test.size());
        DataSource source = new DataSource(path.getFileName().toString(), path.toAbsolutePath().normalize().toString(),
                rows, digest.hex());
        TableRequest request = new TableRequest(source, train, test, spec, spec.label(),
                spec.protectedColumnOr(null), Set.of());
        return TableEncoder.encode(request, new Random(spec.seed()));
    }

    /** With a header, or without one and columns named c1..cN (docs/data.md section 2). */
    private static RawTable readCsv(DataSpec spec, String file, byte[] bytes) {
        return spec.header() ? CsvReader.readWithHeader(file, bytes)
                : CsvReader.readNumbered(file, bytes, DataSpec.HEADERLESS_PREFIX);
    }

    private static Path existing(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new DataFormatException(name, 0, null, "not a valid path (" + e.getReason() + ")");
        }
        if (!Files.exists(path)) {
            throw new DataFormatException(name, 0, null, "no such file or directory (data must be adult, credit, "
                    + "a CSV file or a directory of MNIST-format IDX files)");
        }
        return path;
    }

    private static void checkIdxSpec(DataSpec spec) {
        String what = "IDX data (labels come from the *-labels-idx1-ubyte files)";
        requireNull("label", spec.label(), what);
        requireNull("testData", spec.testData(), what);
        requireHeader(spec, what);
        if (spec.protectedColumnOr(null) != null) {
            throw new IllegalArgumentException("protectedColumn=" + spec.protectedColumn() + ", allowed: null or "
                    + DataSpec.NONE + " for IDX data (it has no protected attribute)");
        }
        if (!spec.numericColumns().isEmpty() || !spec.categoricalColumns().isEmpty()
                || !spec.ignoredColumns().isEmpty()) {
            throw new IllegalArgumentException("numericColumns, categoricalColumns and ignoredColumns must be empty "
                    + "for IDX data (every pixel is a numeric feature)");
        }
    }

    private static void requireHeader(DataSpec spec, String what) {
        if (!spec.header()) {
            throw new IllegalArgumentException("header=false, allowed: true for " + what + " (only a CSV file "
                    + "can be read without a header)");
        }
    }

    private static void requireNull(String field, String value, String what) {
        if (value != null) {
            throw new IllegalArgumentException(field + "=" + value + ", allowed: null for " + what);
        }
    }
}
