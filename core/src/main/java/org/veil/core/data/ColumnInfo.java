package org.veil.core.data;

import java.util.List;
import java.util.Objects;

/**
 * One source column as Veil understood it.
 *
 * @param name         column name from the header (or the data set's documentation)
 * @param kind         numeric or categorical
 * @param role         feature, label, protected attribute or ignored
 * @param categories   categories seen in the training split (categorical only; empty for numeric)
 * @param missingCount rows with a missing value ({@code ?} or empty) in the source
 */
public record ColumnInfo(String name, ColumnKind kind, ColumnRole role, List<String> categories, long missingCount) {

    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (missingCount < 0) {
            throw new IllegalArgumentException("missingCount=" + missingCount + ", allowed: >= 0");
        }
    }
}
