package org.veil.pate.student;

import java.util.Objects;
import org.veil.core.data.Dataset;
import org.veil.core.data.ProtectedAttribute;

/**
 * The student's training set: public rows with the labels the aggregation (or self-training) gave
 * them. The public rows' own labels, when the caller knows them, are never copied in.
 * Stateless and thread-safe; no randomness.
 */
public final class StudentData {

    private StudentData() {
    }

    /**
     * The rows {@code rows} of {@code publicData} labelled {@code labels} (shares the row arrays).
     *
     * @param split the split name written to the data set, e.g. {@code pate-student}
     */
    public static Dataset of(Dataset publicData, int[] rows, int[] labels, String split) {
        Objects.requireNonNull(publicData, "publicData");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(labels, "labels");
        if (rows.length != labels.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + labels.length + " labels");
        }
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = publicData.features()[rows[i]];
        }
        ProtectedAttribute p = publicData.protectedAttribute() == null ? null
                : publicData.protectedAttribute().subset(rows);
        return new Dataset(publicData.source(), split, x, labels.clone(), publicData.classNames(),
                publicData.schema(), p);
    }

    /** The features of rows {@code rows} of {@code data} (shares the row arrays). */
    public static double[][] features(Dataset data, int[] rows) {
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = data.features()[rows[i]];
        }
        return x;
    }
}
