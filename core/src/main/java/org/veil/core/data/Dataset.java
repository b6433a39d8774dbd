package org.veil.core.data;

import java.util.List;
import java.util.Objects;

/**
 * A labelled, encoded data set ready for training: dense features (already one-hot encoded and
 * standardised), integer class labels, an optional protected attribute, the schema and the source.
 *
 * <p>Immutable by convention: the arrays are not copied for speed, and no Veil code writes to them.
 *
 * @param source     where it came from (name, rows, SHA-256)
 * @param split      which part of the source this is, e.g. {@code train}, {@code test}
 * @param features   n rows by d encoded features
 * @param labels     class index of each row, in {@code [0, classNames.size())}
 * @param classNames class values, index = class
 * @param schema     source columns and encoded feature names
 * @param protectedAttribute group membership per row, or null when the data has none
 */
public record Dataset(
        DataSource source,
        String split,
        double[][] features,
        int[] labels,
        List<String> classNames,
        Schema schema,
        ProtectedAttribute protectedAttribute) {

    public Dataset {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        classNames = List.copyOf(Objects.requireNonNull(classNames, "classNames"));
        Objects.requireNonNull(schema, "schema");
        if (features.length != labels.length) {
            throw new IllegalArgumentException("features has " + features.length + " rows but labels has "
                    + labels.length);
        }
        int d = schema.featureNames().size();
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != d) {
                throw new IllegalArgumentException("features[" + i + "] has " + features[i].length
                        + " columns, schema has " + d);
            }
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("labels[" + i + "]=" + labels[i] + ", allowed: [0, "
                        + classNames.size() + ")");
            }
        }
        if (protectedAttribute != null && protectedAttribute.groups().length != labels.length) {
            throw new IllegalArgumentException("protected attribute has " + protectedAttribute.groups().length
                    + " rows, data has " + labels.length);
        }
    }

    public int rows() {
        return labels.length;
    }

    public int numFeatures() {
        return schema.featureNames().size();
    }

    public int numClasses() {
        return classNames.size();
    }

    /** The rows {@code index}, in that order (rows may repeat). Shares row arrays with this data set. */
    public Dataset subset(int[] index, String subsetSplit) {
        double[][] x = new double[index.length][];
        int[] y = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            x[i] = features[index[i]];
            y[i] = labels[index[i]];
        }
        ProtectedAttribute p = protectedAttribute == null ? null : protectedAttribute.subset(index);
        return new Dataset(source, subsetSplit, x, y, classNames, schema, p);
    }
}
