package org.veil.federated.secagg;

import java.nio.ByteBuffer;

/**
 * Strict reader for secure-aggregation messages: a 4-byte header ("VS", version, message type), then
 * big-endian fields. Every malformation — null input, wrong header, truncation, negative or oversized
 * counts, trailing bytes — is an {@link IllegalArgumentException}, so a malicious peer cannot make the
 * server throw anything else or allocate more than its message length. Not thread-safe (one per parse).
 */
final class WireReader {

    static final byte MAGIC_0 = 'V';
    static final byte MAGIC_1 = 'S';
    static final byte VERSION = 1;

    private final ByteBuffer buf;
    private final String type;

    WireReader(byte[] bytes, byte typeCode, String type) {
        this.type = type;
        if (bytes == null) {
            throw new IllegalArgumentException(type + ": bytes=null");
        }
        buf = ByteBuffer.wrap(bytes);
        if (bytes.length < 4 || buf.get() != MAGIC_0 || buf.get() != MAGIC_1 || buf.get() != VERSION
                || buf.get() != typeCode) {
            throw new IllegalArgumentException(type + ": bad header, expected 'V','S'," + VERSION + "," + typeCode);
        }
    }

    /** A client id: an int ≥ 0. */
    int clientId(String what) {
        int id = readInt(what);
        if (id < 0) {
            throw fail(what + "=" + id + ", allowed: >= 0");
        }
        return id;
    }

    /** An element count, bounded by the bytes left so no parse allocates beyond the input's size. */
    int count(String what, int minBytesEach) {
        int c = readInt(what);
        if (c < 0 || (long) c * minBytesEach > buf.remaining()) {
            throw fail(what + "=" + c + ", allowed: 0 … " + buf.remaining() / Math.max(1, minBytesEach)
                    + " (bytes left)");
        }
        return c;
    }

    int readInt(String what) {
        need(4, what);
        return buf.getInt();
    }

    byte[] bytes(int length, String what) {
        need(length, what);
        byte[] out = new byte[length];
        buf.get(out);
        return out;
    }

    /** Big-endian ints, as many as {@code length}. */
    int[] ints(int length, String what) {
        need(4L * length, what);
        int[] out = new int[length];
        buf.asIntBuffer().get(out);
        buf.position(buf.position() + 4 * length);
        return out;
    }

    /** Asserts the whole message was consumed. */
    void end() {
        if (buf.hasRemaining()) {
            throw fail(buf.remaining() + " trailing bytes");
        }
    }

    IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(type + ": " + message);
    }

    private void need(long n, String what) {
        if (n < 0 || buf.remaining() < n) {
            throw fail("truncated at " + what + " (need " + n + " bytes, have " + buf.remaining() + ")");
        }
    }
}
