package org.veil.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.veil.core.error.DataFormatException;

/**
 * Turns a {@link TableRequest} into encoded training and test data sets: resolves the columns,
 * applies the missing-value policy, finds the classes, splits one file (stratified, seeded) or takes
 * the separate test file, fits the feature encoders on the training split only and encodes both
 * splits. The rules are in docs/data.md.
 *
 * <p>One instance per call (it holds the call's working state); not thread-safe, not shared.
 * Randomness: only the train/test shuffle, from the generator passed in.
 */
final class TableEncoder {
    private final TableRequest request;
    private final ColumnPlan plan;
    private final MissingValues policy;

    private TableEncoder(TableRequest request) {
        this.request = request;
        this.plan = ColumnPlan.resolve(request);
        this.policy = request.spec().missing();
    }

    /** Encodes {@code request}; {@code rng} shuffles the split when Veil splits one file. */
    static LoadedData encode(TableRequest request, Random rng) {
        return new TableEncoder(request).run(rng);
    }

    private LoadedData run(Random rng) {
        RawTable train = request.train();
        RawTable test = request.test();
        int[] keptTrain = keptRows(train);
        List<String> classes = classes(train, keptTrain);
        Map<String, Integer> classIndex = new HashMap<>();
        classes.forEach(c -> classIndex.put(c, classIndex.size()));
        Part trainPart;
        Part testPart;
        if (test == null) {
            int[] classOf = labelsOf(train, keptTrain, classIndex);
            StratifiedSplit split = StratifiedSplit.of(classOf, classes.size(), request.spec().testFraction(), rng);
            trainPart = new Part(train, pick(keptTrain, split.train()));
            testPart = new Part(train, pick(keptTrain, split.test()));
            if (trainPart.rows.length == 0 || testPart.rows.length == 0) {
                throw new DataFormatException(train.file(), 0, null, "too few rows to split: " + keptTrain.length
                        + " usable rows with testFraction " + request.spec().testFraction() + " leave "
                        + trainPart.rows.length + " training and " + testPart.rows.length + " test rows");
            }
        } else {
            checkTestLabels(test, classIndex);
            trainPart = new Part(train, keptTrain);
            testPart = new Part(test, keptRows(test));
        }
        List<FeatureEncoder> encoders = fit(trainPart);
        List<String> featureNames = new ArrayList<>();
        encoders.forEach(e -> featureNames.addAll(e == null ? List.of() : e.featureNames()));
        List<String> groups = groups(trainPart, testPart);
        Schema schema = new Schema(columnInfos(encoders, classes, groups), featureNames);
        Map<String, Long> unseen = new LinkedHashMap<>();
        Dataset trainSet = dataset("train", trainPart, encoders, classIndex, schema, groups, null);
        Dataset testSet = dataset("test", testPart, encoders, classIndex, schema, groups, unseen);
        LoadReport report = new LoadReport(policy, train.size(), test == null ? 0 : test.size(),
                train.size() - keptTrain.length, test == null ? 0 : test.size() - testPart.rows.length,
                imputed(trainPart) + imputed(testPart), unseen);
        return new LoadedData(new DatasetSplit(trainSet, testSet), report, encoding(encoders, classes));
    }

    /** The fitted encoders as a {@link DataEncoding}, in feature order. */
    private DataEncoding encoding(List<FeatureEncoder> encoders, List<String> classes) {
        List<ColumnEncoding> columns = new ArrayList<>();
        for (int j = 0; j < plan.size(); j++) {
            if (encoders.get(j) != null) {
                columns.add(ColumnEncoding.of(plan.names().get(j), encoders.get(j)));
            }
        }
        return new DataEncoding(plan.names().get(plan.label()), classes, policy, columns);
    }

    /** Rows of {@code table} kept under the policy: label present, and no missing used value for DROP_ROWS. */
    private int[] keptRows(RawTable table) {
        int[] kept = new int[table.size()];
        int n = 0;
        for (int i = 0; i < table.size(); i++) {
            String[] r = table.records().get(i);
            boolean keep = !NumberSyntax.isMissing(r[plan.label()]);
            for (int j = 0; keep && policy == MissingValues.DROP_ROWS && j < r.length; j++) {
                keep = !(plan.isUsed(j) && NumberSyntax.isMissing(r[j]));
            }
            if (keep) {
                kept[n++] = i;
            }
        }
        if (n == 0) {
            throw new DataFormatException(table.file(), 0, null, "no rows left after dropping rows with missing "
                    + "values (" + table.size() + " rows read; try the IMPUTE missing-value policy)");
        }
        return Arrays.copyOf(kept, n);
    }

    private List<String> classes(RawTable train, int[] rows) {
        Set<String> seen = new HashSet<>();
        for (int i : rows) {
            seen.add(train.value(i, plan.label()));
        }
        List<String> classes = ValueOrder.sorted(seen);
        if (classes.size() < 2) {
            throw new DataFormatException(train.file(), 0, plan.names().get(plan.label()), "the label has only one "
                    + "class '" + classes.get(0) + "'; at least 2 classes are needed");
        }
        return classes;
    }

    private int[] labelsOf(RawTable table, int[] rows, Map<String, Integer> classIndex) {
        int[] y = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            y[k] = classIndex.get(table.value(rows[k], plan.label()));
        }
        return y;
    }

    private void checkTestLabels(RawTable test, Map<String, Integer> classIndex) {
        for (int i = 0; i < test.size(); i++) {
            String v = test.value(i, plan.label());
            if (!NumberSyntax.isMissing(v) && !classIndex.containsKey(v)) {
                throw new DataFormatException(test.file(), test.line(i), plan.names().get(plan.label()),
                        "label value '" + v + "' does not occur in the training data; classes: "
                                + ColumnPlan.list(ValueOrder.sorted(classIndex.keySet())));
            }
        }
    }

    private static int[] pick(int[] rows, int[] positions) {
        int[] out = new int[positions.length];
        for (int k = 0; k < positions.length; k++) {
            out[k] = rows[positions[k]];
        }
        return out;
    }

    private List<FeatureEncoder> fit(Part train) {
        List<FeatureEncoder> encoders = new ArrayList<>();
        for (int j = 0; j < plan.size(); j++) {
            if (!plan.isModelInput(j)) {
                encoders.add(null);
                continue;
            }
            List<String> values = train.column(j);
            String name = plan.names().get(j);
            if (plan.kind(j) == ColumnKind.NUMERIC) {
                boolean indicator = policy == MissingValues.IMPUTE && values.stream().anyMatch(NumberSyntax::isMissing);
                encoders.add(NumericFeature.fit(name, values, indicator));
            } else {
                encoders.add(CategoricalFeature.fit(name, values));
            }
        }
        return encoders;
    }

    private Dataset dataset(String split, Part part, List<FeatureEncoder> encoders, Map<String, Integer> classIndex,
            Schema schema, List<String> groups, Map<String, Long> unseen) {
        int d = schema.featureNames().size();
        double[][] x = new double[part.rows.length][d];
        long[] unseenByColumn = new long[plan.size()];
        for (int k = 0; k < part.rows.length; k++) {
            String[] r = part.table.records().get(part.rows[k]);
            int offset = 0;
            for (int j = 0; j < plan.size(); j++) {
                FeatureEncoder e = encoders.get(j);
                if (e != null) {
                    unseenByColumn[j] += e.encode(r[j], x[k], offset) ? 0 : 1;
                    offset += e.width();
                }
            }
        }
        if (unseen != null) {
            for (int j = 0; j < plan.size(); j++) {
                if (unseenByColumn[j] > 0) {
                    unseen.put(plan.names().get(j), unseenByColumn[j]);
                }
            }
        }
        int[] y = labelsOf(part.table, part.rows, classIndex);
        List<String> classes = schema.columns().get(plan.label()).categories();
        return new Dataset(request.source(), split, x, y, classes, schema, attribute(part, groups));
    }

    /** Protected groups: the normalised values of both splits, in {@link ValueOrder}; null without one. */
    private List<String> groups(Part train, Part test) {
        int p = plan.protectedIndex();
        if (p < 0) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        train.column(p).forEach(v -> seen.add(CategoricalFeature.normalise(v)));
        test.column(p).forEach(v -> seen.add(CategoricalFeature.normalise(v)));
        return ValueOrder.sorted(seen);
    }

    private ProtectedAttribute attribute(Part part, List<String> groups) {
        if (groups == null) {
            return null;
        }
        Map<String, Integer> index = new HashMap<>();
        groups.forEach(g -> index.put(g, index.size()));
        int p = plan.protectedIndex();
        int[] g = part.column(p).stream().mapToInt(v -> index.get(CategoricalFeature.normalise(v))).toArray();
        return new ProtectedAttribute(plan.names().get(p), g, groups);
    }

    /**
     * Column descriptions. Categories: the classes for the label, the training categories for a
     * categorical model input, the groups for a protected column that is not a model input.
     */
    private List<ColumnInfo> columnInfos(List<FeatureEncoder> encoders, List<String> classes, List<String> groups) {
        long[] missing = new long[plan.size()];
        countMissing(request.train(), missing);
        if (request.test() != null) {
            countMissing(request.test(), missing);
        }
        List<ColumnInfo> infos = new ArrayList<>();
        for (int j = 0; j < plan.size(); j++) {
            List<String> categories = List.of();
            if (j == plan.label()) {
                categories = classes;
            } else if (encoders.get(j) instanceof CategoricalFeature c) {
                categories = c.categories();
            } else if (j == plan.protectedIndex() && encoders.get(j) == null) {
                categories = groups;
            }
            infos.add(new ColumnInfo(plan.names().get(j), plan.kind(j), plan.role(j), categories, missing[j]));
        }
        return infos;
    }

    /** Adds each column's missing values in {@code table} to {@code counts}, in one pass over the rows. */
    private static void countMissing(RawTable table, long[] counts) {
        for (String[] r : table.records()) {
            for (int j = 0; j < r.length; j++) {
                counts[j] += NumberSyntax.isMissing(r[j]) ? 1 : 0;
            }
        }
    }

    private long imputed(Part part) {
        if (policy != MissingValues.IMPUTE) {
            return 0;
        }
        long n = 0;
        for (int i : part.rows) {
            String[] r = part.table.records().get(i);
            for (int j = 0; j < r.length; j++) {
                n += plan.isUsed(j) && NumberSyntax.isMissing(r[j]) ? 1 : 0;
            }
        }
        return n;
    }

    /** Rows of one table that make up one split. */
    private static final class Part {
        private final RawTable table;
        private final int[] rows;

        Part(RawTable table, int[] rows) {
            this.table = table;
            this.rows = rows;
        }

        List<String> column(int j) {
            List<String> values = new ArrayList<>(rows.length);
            for (int i : rows) {
                values.add(table.value(i, j));
            }
            return values;
        }
    }
}
