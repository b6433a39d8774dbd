package org.veil.core.data;

import java.util.Objects;

/**
 * The result of {@link DataLoader#load(DataSpec)}: the encoded splits and a report of what loading
 * did to the rows.
 *
 * @param split    training and test data sets, encoded with training-split statistics
 * @param report   dropped rows, imputed values, unseen test categories
 * @param encoding the fitted encoding of a table data set (null for image data, which needs none)
 */
public record LoadedData(DatasetSplit split, LoadReport report, DataEncoding encoding) {

    public LoadedData {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(report, "report");
    }

    /** Data without a table encoding (images). */
    public LoadedData(DatasetSplit split, LoadReport report) {
        this(split, report, null);
    }

    public Dataset train() {
        return split.train();
    }

    public Dataset test() {
        return split.test();
    }

    public DataSource source() {
        return split.train().source();
    }
}
