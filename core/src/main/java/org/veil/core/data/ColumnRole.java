package org.veil.core.data;

/** What a source column is used for. */
public enum ColumnRole {
    FEATURE,
    LABEL,
    /** The protected attribute (for fairness metrics and per-group slices); also a feature unless excluded. */
    PROTECTED,
    IGNORED
}
