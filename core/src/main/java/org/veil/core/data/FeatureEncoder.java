package org.veil.core.data;

import java.util.List;

/**
 * Turns one source column's text into encoded feature values, with statistics fitted on the
 * training split only. Implementations are immutable and thread-safe once fitted.
 */
sealed interface FeatureEncoder permits NumericFeature, CategoricalFeature {

    /** Names of the encoded features this column produces, in order. */
    List<String> featureNames();

    default int width() {
        return featureNames().size();
    }

    /**
     * Writes the encoding of {@code value} to {@code row[offset .. offset + width())}, which must be zero.
     *
     * @return false when the value was not seen in training (an unseen category, encoded all-zero)
     */
    boolean encode(String value, double[] row, int offset);
}
