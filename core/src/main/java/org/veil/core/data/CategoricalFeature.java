package org.veil.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A categorical column one-hot encoded over the categories seen in the training split, in
 * {@link ValueOrder}; features are named {@code <name>=<category>}. Both missing spellings (empty
 * and {@code ?}) are the one category {@code ?}. A value not seen in training encodes as all zeros
 * and is reported. Immutable.
 */
final class CategoricalFeature implements FeatureEncoder {
    private final List<String> categories;
    private final List<String> names;
    private final Map<String, Integer> index;

    private CategoricalFeature(String name, List<String> categories) {
        this.categories = categories;
        List<String> n = new ArrayList<>(categories.size());
        this.index = new HashMap<>();
        for (String c : categories) {
            index.put(c, index.size());
            n.add(name + "=" + c);
        }
        this.names = List.copyOf(n);
    }

    /** Fits the column on its training-split texts. */
    static CategoricalFeature fit(String name, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            seen.add(normalise(v));
        }
        return new CategoricalFeature(name, ValueOrder.sorted(seen));
    }

    /** A column fitted elsewhere ({@link ColumnEncoding}): one-hot over {@code categories}, in that order. */
    static CategoricalFeature restore(String name, List<String> categories) {
        return new CategoricalFeature(name, List.copyOf(categories));
    }

    /** The category of a field text: itself, or {@code ?} for either missing spelling. */
    static String normalise(String value) {
        return NumberSyntax.isMissing(value) ? NumberSyntax.MISSING : value;
    }

    List<String> categories() {
        return categories;
    }

    @Override
    public List<String> featureNames() {
        return names;
    }

    @Override
    public boolean encode(String value, double[] row, int offset) {
        Integer k = index.get(normalise(value));
        if (k == null) {
            return false;
        }
        row[offset + k] = 1.0;
        return true;
    }
}
