package org.veil.core.data;

import java.util.List;
import java.util.Objects;

/**
 * The source columns of a data set and the names of the encoded features the models see.
 *
 * @param columns      source columns, in file order
 * @param featureNames encoded feature names, one per feature column of {@link Dataset#features()}
 *                     (for example {@code age}, {@code workclass=Private})
 */
public record Schema(List<ColumnInfo> columns, List<String> featureNames) {

    public Schema {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        featureNames = List.copyOf(Objects.requireNonNull(featureNames, "featureNames"));
    }
}
