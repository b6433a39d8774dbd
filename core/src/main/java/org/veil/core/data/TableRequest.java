package org.veil.core.data;

import java.util.Objects;
import java.util.Set;

/**
 * One table-shaped source to encode: the training file, an optional separate test file, the spec,
 * and the label and protected column resolved against the data set's defaults.
 *
 * @param source           what goes into {@link Dataset#source()}
 * @param train            the training file (or the single file Veil splits)
 * @param test             the test file, or null to split {@code train} with {@code spec.testFraction()}
 * @param spec             the caller's spec (policy, forced kinds, ignored columns, seed)
 * @param label            label column, or null when none was given (an error)
 * @param protectedColumn  protected column, or null for none
 * @param numericByDefault columns numeric unless the spec forces them categorical (a built-in set's
 *                         documented kinds)
 */
record TableRequest(DataSource source, RawTable train, RawTable test, DataSpec spec, String label,
        String protectedColumn, Set<String> numericByDefault) {

    TableRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(spec, "spec");
        numericByDefault = Set.copyOf(numericByDefault);
    }
}
