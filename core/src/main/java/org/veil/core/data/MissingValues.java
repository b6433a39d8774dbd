package org.veil.core.data;

/**
 * What to do with missing values: a field that is empty or exactly {@code ?} (after the surrounding
 * spaces of an unquoted field are trimmed). A row whose label is missing is always dropped; the
 * policy decides the feature and protected columns. See docs/data.md, "Missing values".
 */
public enum MissingValues {
    /**
     * Drop every row with a missing value in a feature or protected column (ignored columns do not
     * count). The default: it gives the usual Adult sizes 30,162 / 15,060.
     */
    DROP_ROWS,
    /**
     * Keep the rows. A numeric column gets the training mean (0 after standardisation) and, if it had
     * a missing value in the training split, an indicator feature {@code <column>=missing} (1 where
     * missing). A categorical column treats missing as its own category {@code ?}; a missing protected
     * attribute is the group {@code ?}.
     */
    IMPUTE
}
