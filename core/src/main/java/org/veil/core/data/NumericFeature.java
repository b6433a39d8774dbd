package org.veil.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A numeric column standardised to {@code (x - mean) / std} with the mean and population standard
 * deviation (divisor n) of the non-missing training values; a constant column (std 0) is only
 * centred. A missing value (kept only under {@link MissingValues#IMPUTE}) becomes the training mean,
 * so 0, and sets the indicator feature {@code <name>=missing} when the column has one. Immutable.
 */
final class NumericFeature implements FeatureEncoder {
    /** Suffix of the missing-value indicator feature. */
    static final String MISSING_SUFFIX = "=missing";

    private final List<String> names;
    private final double mean;
    private final double scale;

    private NumericFeature(List<String> names, double mean, double scale) {
        this.names = names;
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Fits the column on the training values.
     *
     * @param name      column name
     * @param values    the column's training-split texts (finite decimals or missing)
     * @param indicator whether to add the missing indicator (policy IMPUTE and a missing training value)
     */
    static NumericFeature fit(String name, List<String> values, boolean indicator) {
        double sum = 0;
        int n = 0;
        double[] x = new double[values.size()];
        for (String v : values) {
            if (!NumberSyntax.isMissing(v)) {
                x[n] = NumberSyntax.parse(v);
                sum += x[n++];
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            // Two-pass sum of squares about the mean (Chan, Golub & LeVeque 1983, Am. Stat. 37(3), sec. 1).
            ss += (x[i] - mean) * (x[i] - mean);
        }
        double std = n == 0 ? 0 : Math.sqrt(ss / n);
        List<String> names = new ArrayList<>();
        names.add(name);
        if (indicator) {
            names.add(name + MISSING_SUFFIX);
        }
        return new NumericFeature(List.copyOf(names), mean, std > 0 ? std : 1.0);
    }

    /** A column fitted elsewhere ({@link ColumnEncoding}). */
    static NumericFeature restore(String name, double mean, double scale, boolean indicator) {
        return new NumericFeature(indicator ? List.of(name, name + MISSING_SUFFIX) : List.of(name), mean, scale);
    }

    double mean() {
        return mean;
    }

    /** The divisor: the training standard deviation, or 1 for a constant column. */
    double scale() {
        return scale;
    }

    @Override
    public List<String> featureNames() {
        return names;
    }

    @Override
    public boolean encode(String value, double[] row, int offset) {
        if (NumberSyntax.isMissing(value)) {
            if (names.size() > 1) {
                row[offset + 1] = 1.0;
            }
            return true;
        }
        // z-score standardisation, z = (x - mean) / std, statistics from the training split only.
        row[offset] = (NumberSyntax.parse(value) - mean) / scale;
        return true;
    }
}
