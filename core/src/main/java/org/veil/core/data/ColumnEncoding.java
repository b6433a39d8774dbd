package org.veil.core.data;

import java.util.List;
import java.util.Objects;

/**
 * How one model-input column was encoded, with the statistics fitted on the training split
 * (docs/data.md): a numeric column as (x − mean)/scale, plus a {@code <name>=missing} indicator when
 * it has one; a categorical column one-hot over {@code categories}, in that order.
 *
 * @param name             column name
 * @param kind             numeric or categorical
 * @param mean             numeric: the training mean (0 for categorical)
 * @param scale            numeric: the divisor, &gt; 0 (1 for categorical)
 * @param missingIndicator numeric: whether the column has the missing-value indicator feature
 * @param categories       categorical: the training categories in feature order (empty for numeric)
 */
public record ColumnEncoding(String name, ColumnKind kind, double mean, double scale, boolean missingIndicator,
        List<String> categories) {

    public ColumnEncoding {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("column " + name + ": mean=" + mean + ", allowed: finite");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("column " + name + ": scale=" + scale + ", allowed: finite and > 0");
        }
        if (kind == ColumnKind.CATEGORICAL && categories.isEmpty()) {
            throw new IllegalArgumentException("categorical column " + name + " has no categories");
        }
        if (kind == ColumnKind.NUMERIC && !categories.isEmpty()) {
            throw new IllegalArgumentException("numeric column " + name + " cannot have categories");
        }
    }

    /** The encoder this describes. */
    FeatureEncoder encoder() {
        return kind == ColumnKind.NUMERIC ? NumericFeature.restore(name, mean, scale, missingIndicator)
                : CategoricalFeature.restore(name, categories);
    }

    /** The description of a fitted encoder. */
    static ColumnEncoding of(String name, FeatureEncoder encoder) {
        if (encoder instanceof NumericFeature n) {
            return new ColumnEncoding(name, ColumnKind.NUMERIC, n.mean(), n.scale(), n.width() > 1, List.of());
        }
        return new ColumnEncoding(name, ColumnKind.CATEGORICAL, 0, 1, false, ((CategoricalFeature) encoder).categories());
    }
}
