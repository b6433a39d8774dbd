package org.veil.pate;

import java.util.Objects;
import org.veil.core.data.Dataset;

/**
 * The public, unlabelled rows the student learns from (Papernot et al. 2017, section 2.2: the
 * student's training inputs are public, its labels come from the noisy aggregation). A
 * {@link Dataset} needs a label column: when the public rows' true labels are known (for example
 * the first part of a test set, as in the papers' experiments) they are used only to measure the
 * diagnostic {@code labelAccuracy}; the student never sees them.
 *
 * @param rows        the public rows (features encoded like the private data's)
 * @param labelsKnown whether {@code rows.labels()} are the true labels (else placeholders)
 */
public record PublicData(Dataset rows, boolean labelsKnown) {

    public PublicData {
        Objects.requireNonNull(rows, "rows");
        if (rows.rows() == 0) {
            throw new IllegalArgumentException("public data has 0 rows, allowed: >= 1");
        }
    }

    /** Public rows whose labels are placeholders. */
    public static PublicData unlabelled(Dataset rows) {
        return new PublicData(rows, false);
    }

    /** Public rows whose true labels are known, for the diagnostic {@code labelAccuracy} only. */
    public static PublicData withTrueLabels(Dataset rows) {
        return new PublicData(rows, true);
    }
}
