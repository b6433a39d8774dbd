package org.veil.core.data;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The built-in UCI Adult data set (Becker &amp; Kohavi 1996, CC BY 4.0), embedded byte-exact under
 * {@code org/veil/core/data/adult/} with its {@code adult.names} and a NOTICE. Read as published:
 * no header, {@code ", "} separators, {@code ?} for missing; the test file's first line
 * ({@code |1x3 Cross validator}) is skipped and its labels lose their trailing period. The official
 * split is kept (32,561 / 16,281 rows; 30,162 / 15,060 after dropping rows with {@code ?}).
 *
 * <p>Defaults: label {@code income} (classes {@code <=50K}, {@code >50K}), protected attribute
 * {@code sex}; {@code fnlwgt} (a census sampling weight) is kept as a numeric feature, as most uses
 * of the data do; ignore it with {@code ignoredColumns}. Column kinds follow {@code adult.names}.
 * {@link DataSource#sha256()} is the SHA-256 of the uncompressed {@code adult.data} bytes followed by
 * the uncompressed {@code adult.test} bytes. Stateless and thread-safe.
 */
final class AdultData {
    static final String NAME = "adult";
    static final String LOCATION = "built-in:adult";
    static final String LABEL = "income";
    static final String PROTECTED = "sex";
    static final String TRAIN_FILE = "adult.data";
    static final String TEST_FILE = "adult.test";
    static final List<String> COLUMNS = List.of("age", "workclass", "fnlwgt", "education", "education-num",
            "marital-status", "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss",
            "hours-per-week", "native-country", LABEL);
    /** The columns {@code adult.names} lists as continuous. */
    static final Set<String> NUMERIC = Set.of("age", "fnlwgt", "education-num", "capital-gain", "capital-loss",
            "hours-per-week");

    private static final String RESOURCES = "/org/veil/core/data/adult/";

    private AdultData() {
    }

    static LoadedData load(DataSpec spec) {
        byte[] train = SourceFiles.gzipResource(RESOURCES + TRAIN_FILE + ".gz");
        byte[] test = SourceFiles.gzipResource(RESOURCES + TEST_FILE + ".gz");
        return load(spec, train, test);
    }

    /** Loads Adult-format bytes (the embedded files, or test fixtures in the same format). */
    static LoadedData load(DataSpec spec, byte[] trainBytes, byte[] testBytes) {
        RawTable train = CsvReader.readWithoutHeader(errorName(TRAIN_FILE), trainBytes, COLUMNS, 0);
        RawTable test = CsvReader.readWithoutHeader(errorName(TEST_FILE), testBytes, COLUMNS, 1);
        stripLabelPeriods(test);
        DataSource source = new DataSource(NAME, LOCATION, (long) train.size() + test.size(),
                SourceDigest.of(trainBytes, testBytes));
        String label = spec.label() == null ? LABEL : spec.label();
        TableRequest request = new TableRequest(source, train, test, spec, label, spec.protectedColumnOr(PROTECTED),
                NUMERIC);
        return TableEncoder.encode(request, new Random(spec.seed()));
    }

    private static String errorName(String file) {
        return file + " (built-in adult)";
    }

    /** The published test labels are {@code <=50K.} and {@code >50K.}; the training labels have no period. */
    private static void stripLabelPeriods(RawTable test) {
        int income = COLUMNS.indexOf(LABEL);
        for (String[] record : test.records()) {
            String v = record[income];
            if (v.endsWith(".")) {
                record[income] = v.substring(0, v.length() - 1);
            }
        }
    }
}
