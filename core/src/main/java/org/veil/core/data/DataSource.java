package org.veil.core.data;

import java.util.Objects;

/**
 * Where a data set came from: its name, where it was read, how many rows the source had and the
 * SHA-256 of the source bytes (for a built-in set, of the embedded files; for several files, of
 * their concatenation in a documented order). Goes into every {@code record.json}.
 *
 * @param name     short name, e.g. {@code adult}, {@code credit}, or the file name
 * @param location path read, or {@code built-in:<name>}
 * @param rows     number of data rows in the source (before any split or row filtering)
 * @param sha256   lower-case hex SHA-256 of the source bytes
 */
public record DataSource(String name, String location, long rows, String sha256) {

    public DataSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
        if (rows < 0) {
            throw new IllegalArgumentException("rows=" + rows + ", allowed: >= 0");
        }
    }
}
