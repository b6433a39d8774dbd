package org.veil.federated.protocol;

import java.nio.ByteBuffer;
import org.veil.federated.secagg.SecAggConfig;

/**
 * The input of a secure round's first task: the round's secure-aggregation parameters and the public
 * seed of its neighbour graph. Fixed layout: n, t, k, d (int32 each), scale, maxAbsInput (float64
 * each), graph seed (int64), the unclipped-count flag (one byte, 0 or 1), big-endian;
 * {@link #fromBytes} rejects anything else.
 *
 * @param config         n, t, k, d, fixed-point scale, input bound; with {@code countUnclipped} d is the
 *                       update's length plus one
 * @param graphSeed      seed of the SecAgg+ graph (public)
 * @param countUnclipped whether each client appends its unclipped indicator ({@link UnclippedCount})
 */
public record SecAggSetup(SecAggConfig config, long graphSeed, boolean countUnclipped) {

    private static final int LENGTH = 4 * 4 + 8 * 3 + 1;

    public SecAggSetup {
        if (countUnclipped && config.vectorLength() < 2) {
            throw new IllegalArgumentException("vectorLength=" + config.vectorLength()
                    + " with the unclipped count, allowed: >= 2 (the update and the count)");
        }
    }

    /** The length of the update itself: d, less the count coordinate when there is one. */
    public int updateLength() {
        return config.vectorLength() - (countUnclipped ? 1 : 0);
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(LENGTH).putInt(config.numClients()).putInt(config.threshold())
                .putInt(config.neighbourDegree()).putInt(config.vectorLength()).putDouble(config.scale())
                .putDouble(config.maxAbsInput()).putLong(graphSeed).put((byte) (countUnclipped ? 1 : 0)).array();
    }

    /**
     * Reads {@link #toBytes()}'s output.
     *
     * @throws IllegalArgumentException when the bytes are not a valid setup
     */
    public static SecAggSetup fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("secure-aggregation setup of " + (bytes == null ? 0 : bytes.length)
                    + " bytes, expected " + LENGTH);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        SecAggConfig c = new SecAggConfig(b.getInt(), b.getInt(), b.getInt(), b.getInt(), b.getDouble(), b.getDouble());
        long seed = b.getLong();
        byte flag = b.get();
        if (flag != 0 && flag != 1) {
            throw new IllegalArgumentException("secure-aggregation setup: unclipped-count flag " + flag
                    + ", expected 0 or 1");
        }
        return new SecAggSetup(c, seed, flag == 1);
    }
}
