package org.veil.core.data;

import java.util.Objects;

/**
 * A training split and a test split of one source, encoded with statistics fitted on the
 * training split only.
 */
public record DatasetSplit(Dataset train, Dataset test) {

    public DatasetSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (!train.schema().featureNames().equals(test.schema().featureNames())) {
            throw new IllegalArgumentException("train and test splits have different encoded features");
        }
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("train and test splits have different classes");
        }
    }
}
