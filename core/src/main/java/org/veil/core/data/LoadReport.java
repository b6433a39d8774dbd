package org.veil.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What loading did to the rows, for the user to see ({@code veil data describe}) and for tests.
 *
 * @param missingPolicy         the missing-value policy applied
 * @param trainSourceRows       rows in the training file (or in the single file before the split)
 * @param testSourceRows        rows in the test file, or 0 when Veil split one file
 * @param droppedTrainRows      rows of the training file dropped (missing label, or any missing value
 *                              in a used column under {@link MissingValues#DROP_ROWS})
 * @param droppedTestRows       rows of the test file dropped, 0 when Veil split one file
 * @param imputedValues         missing values replaced under {@link MissingValues#IMPUTE}, both splits
 * @param unseenTestCategories  per categorical model input: test values whose category was not in the
 *                              training split (encoded all-zero); only columns with a count above 0,
 *                              in column order
 */
public record LoadReport(
        MissingValues missingPolicy,
        int trainSourceRows,
        int testSourceRows,
        int droppedTrainRows,
        int droppedTestRows,
        long imputedValues,
        Map<String, Long> unseenTestCategories) {

    public LoadReport {
        Objects.requireNonNull(missingPolicy, "missingPolicy");
        unseenTestCategories = Collections.unmodifiableMap(new LinkedHashMap<>(unseenTestCategories));
    }

    /** Report for a source with no missing values and no categories (IDX). */
    static LoadReport clean(int trainRows, int testRows) {
        return new LoadReport(MissingValues.DROP_ROWS, trainRows, testRows, 0, 0, 0, Map.of());
    }

    /** Total test values encoded all-zero because their category was unseen in training. */
    public long unseenTestValues() {
        return unseenTestCategories.values().stream().mapToLong(Long::longValue).sum();
    }
}
