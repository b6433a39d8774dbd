package org.veil.federated.client;

import java.util.Objects;
import org.veil.core.data.DataEncoding;
import org.veil.core.data.Dataset;

/**
 * A client's training rows, encoded once the server's data encoding is known (it comes with the
 * join reply): a CSV client encodes its file with the server's statistics, categories and class order
 * ({@code DataLoader.encodeWith}), so its features mean what the server's model expects.
 */
@FunctionalInterface
public interface ClientData {

    /**
     * The encoded rows.
     *
     * @param serverEncoding the server's table encoding, or null when it has none (image data)
     * @throws IllegalArgumentException when the rows cannot follow the server's encoding
     */
    Dataset encode(DataEncoding serverEncoding);

    /** Rows reported when joining, before encoding (0 when not known yet). */
    default long knownRows() {
        return 0;
    }

    /**
     * Rows encoded already (a built-in data set, an IDX directory, a simulation's share): with a server
     * encoding, their feature names must be the server's, else the client refuses to train on them.
     */
    static ClientData of(Dataset rows) {
        Objects.requireNonNull(rows, "rows");
        return new ClientData() {
            @Override
            public Dataset encode(DataEncoding serverEncoding) {
                if (serverEncoding != null && !serverEncoding.featureNames().equals(rows.schema().featureNames())) {
                    throw new IllegalArgumentException("client data has features "
                            + summary(rows.schema().featureNames()) + " but the server's model expects "
                            + summary(serverEncoding.featureNames())
                            + " (use the server's data set, or a CSV file with its columns)");
                }
                return rows;
            }

            @Override
            public long knownRows() {
                return rows.rows();
            }
        };
    }

    private static String summary(java.util.List<String> names) {
        return names.size() <= 6 ? names.toString() : names.size() + " starting " + names.subList(0, 6);
    }
}
