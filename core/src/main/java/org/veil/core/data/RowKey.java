package org.veil.core.data;

import java.util.HashSet;
import java.util.Set;

/**
 * One encoded row as a set key: its features compared by value ({@code ==}, so -0.0 equals 0.0) and
 * its label. Used to find rows that are both member and non-member, and to draw distinct rows.
 * Encoded features are never NaN. Immutable by convention (the feature array is shared, not copied).
 *
 * @param x the row's encoded features
 * @param y its class label
 */
public record RowKey(double[] x, int y) {

    /** The key of row {@code i} of {@code data}. */
    public static RowKey of(Dataset data, int i) {
        return new RowKey(data.features()[i], data.labels()[i]);
    }

    /** The keys of every row of {@code data}. */
    public static Set<RowKey> all(Dataset data) {
        Set<RowKey> keys = new HashSet<>();
        for (int i = 0; i < data.rows(); i++) {
            keys.add(of(data, i));
        }
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowKey k) || k.y != y || k.x.length != x.length) {
            return false;
        }
        for (int j = 0; j < x.length; j++) {
            if (x[j] != k.x[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = y;
        for (double v : x) {
            h = 31 * h + Double.hashCode(v == 0.0 ? 0.0 : v);
        }
        return h;
    }

    @Override
    public String toString() {
        return "RowKey[" + x.length + " features, label " + y + "]";
    }
}
