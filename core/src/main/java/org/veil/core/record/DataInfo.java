package org.veil.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.veil.core.data.DataSource;
import org.veil.core.data.DatasetSplit;

/**
 * The {@code data} section of a record: which data, how many rows, and the SHA-256 of its source.
 *
 * @param name      data set name
 * @param location  path or {@code built-in:<name>}
 * @param rows      rows in the source
 * @param sha256    SHA-256 of the source bytes
 * @param trainRows rows the model was trained on, or null
 * @param testRows  rows it was evaluated on, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataInfo(String name, String location, long rows, String sha256, Integer trainRows, Integer testRows) {

    public DataInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static DataInfo of(DataSource source, Integer trainRows, Integer testRows) {
        return new DataInfo(source.name(), source.location(), source.rows(), source.sha256(), trainRows, testRows);
    }

    public static DataInfo of(DatasetSplit split) {
        return of(split.train().source(), split.train().rows(), split.test().rows());
    }
}
