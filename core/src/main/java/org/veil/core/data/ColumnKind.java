package org.veil.core.data;

/** How a source column is treated. */
public enum ColumnKind {
    /** Parsed as a number; standardised with statistics from the training split. */
    NUMERIC,
    /** A category; one-hot encoded with the categories seen in the training split. */
    CATEGORICAL
}
