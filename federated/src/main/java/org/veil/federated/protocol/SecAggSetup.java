package org.veil.federated.protocol;

import java.nio.ByteBuffer;
import org.veil.federated.secagg.SecAggConfig;

/**
 * The input of a secure round's first task: the round's secure-aggregation parameters and the public
 * seed of its neighbour graph. Fixed layout: n, t, k, d (int32 each), scale, maxAbsInput (float64
 * each), graph seed (int64), big-endian; {@link #fromBytes} rejects anything else.
 *
 * @param config    n, t, k, d, fixed-point scale, input bound
 * @param graphSeed seed of the SecAgg+ graph (public)
 */
public record SecAggSetup(SecAggConfig config, long graphSeed) {

    private static final int LENGTH = 4 * 4 + 8 * 3;

    public byte[] toBytes() {
        return ByteBuffer.allocate(LENGTH).putInt(config.numClients()).putInt(config.threshold())
                .putInt(config.neighbourDegree()).putInt(config.vectorLength()).putDouble(config.scale())
                .putDouble(config.maxAbsInput()).putLong(graphSeed).array();
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
        return new SecAggSetup(c, b.getLong());
    }
}
