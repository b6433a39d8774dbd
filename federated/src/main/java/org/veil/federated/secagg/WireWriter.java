package org.veil.federated.secagg;

import java.nio.ByteBuffer;

/** Writer for the format {@link WireReader} parses; sized up front. Not thread-safe (one per message). */
final class WireWriter {

    private final ByteBuffer buf;

    WireWriter(int bodyBytes, byte typeCode) {
        buf = ByteBuffer.allocate(4 + bodyBytes);
        buf.put(WireReader.MAGIC_0).put(WireReader.MAGIC_1).put(WireReader.VERSION).put(typeCode);
    }

    WireWriter putInt(int v) {
        buf.putInt(v);
        return this;
    }

    WireWriter put(byte[] b) {
        buf.put(b);
        return this;
    }

    WireWriter putInts(int[] v) {
        buf.asIntBuffer().put(v);
        buf.position(buf.position() + 4 * v.length);
        return this;
    }

    byte[] toBytes() {
        if (buf.hasRemaining()) {
            throw new IllegalStateException("message size miscounted: " + buf.remaining() + " bytes unwritten");
        }
        return buf.array();
    }
}
