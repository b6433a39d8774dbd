package org.veil.evaluate.shadow;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.veil.core.data.Dataset;

/**
 * SHA-256 of a data set's encoded rows (features as IEEE-754 bits, then labels), in row order. It ties
 * saved shadow/reference models to the exact rows they index, so that a pool is never reused on
 * different or reordered data. Thread-safe; no randomness.
 */
public final class RowsDigest {

    private RowsDigest() {
    }

    /** Hex SHA-256 of the rows of {@code data}. */
    public static String of(Dataset data) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        ByteBuffer buf = ByteBuffer.allocate(8 * Math.max(1, data.numFeatures()) + 4);
        for (int i = 0; i < data.rows(); i++) {
            buf.clear();
            for (double v : data.features()[i]) {
                buf.putLong(Double.doubleToLongBits(v == 0.0 ? 0.0 : v));
            }
            buf.putInt(data.labels()[i]);
            sha.update(buf.array(), 0, buf.position());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
