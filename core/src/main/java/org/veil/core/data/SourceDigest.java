package org.veil.core.data;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a source's bytes, as lower-case hex. Several parts (the two Adult files, the four IDX
 * files) are hashed as one stream: the bytes of each part in the documented order, nothing between
 * them. Not thread-safe (one instance per source).
 */
final class SourceDigest {
    private final MessageDigest digest;

    SourceDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest Javadoc).
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    SourceDigest add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of the concatenation of {@code parts}. */
    static String of(byte[]... parts) {
        SourceDigest d = new SourceDigest();
        for (byte[] p : parts) {
            d.add(p);
        }
        return d.hex();
    }
}
