package org.veil.federated.transport;

import java.util.ArrayList;
import java.util.List;
import org.veil.federated.proto.TensorChunk;
import org.veil.federated.proto.UpdateChunk;

/**
 * Splits a tensor into protocol chunks of at most {@code chunkFloats} entries, so that no gRPC
 * message comes near the 2 GB protobuf limit or the server's inbound message limit. Chunk
 * {@code i} covers {@code [i * chunkFloats, min((i + 1) * chunkFloats, length))} and carries the
 * total length, as {@link ChunkAssembler} expects. Chunks can be made one at a time
 * ({@link #tensorChunk}, {@link #updateChunk}, {@link #maskedChunk}) to follow gRPC flow control
 * without holding a second copy of the tensor, or all at once ({@link #split}).
 *
 * <p>Tensors have at least one entry. Values are copied bit for bit (NaN and infinities too).
 *
 * <p>Thread safety: stateless; safe from any thread as long as the array is not modified meanwhile.
 */
public final class TensorChunks {

    /** Default chunk size: 262,144 floats = 1 MiB of values per message. */
    public static final int DEFAULT_CHUNK_FLOATS = 262_144;

    private TensorChunks() {
    }

    /** Number of chunks for a tensor of {@code length} entries. */
    public static int chunkCount(int length, int chunkFloats) {
        checkSizes(length, chunkFloats);
        return (int) ((length + (long) chunkFloats - 1) / chunkFloats);
    }

    /** Chunk {@code index} of {@code values} as a model chunk. */
    public static TensorChunk tensorChunk(float[] values, int index, int chunkFloats) {
        int from = start(values.length, index, chunkFloats);
        int to = Math.min(values.length, from + chunkFloats);
        TensorChunk.Builder b = TensorChunk.newBuilder().setTotalLength(values.length).setOffset(from);
        for (int i = from; i < to; i++) {
            b.addValues(values[i]);
        }
        return b.build();
    }

    /**
     * Chunk {@code index} of {@code values} as an update chunk builder with total length, offset
     * and values set; the caller adds session, task, weight and clipping indicator.
     */
    public static UpdateChunk.Builder updateChunk(float[] values, int index, int chunkFloats) {
        int from = start(values.length, index, chunkFloats);
        int to = Math.min(values.length, from + chunkFloats);
        UpdateChunk.Builder b = UpdateChunk.newBuilder().setTotalLength(values.length).setOffset(from);
        for (int i = from; i < to; i++) {
            b.addValues(values[i]);
        }
        return b;
    }

    /**
     * Chunk {@code index} of a masked, fixed-point encoded update (unsigned 32-bit words held in
     * Java ints) as an update chunk builder with total length, offset and {@code masked} set.
     */
    public static UpdateChunk.Builder maskedChunk(int[] masked, int index, int chunkFloats) {
        int from = start(masked.length, index, chunkFloats);
        int to = Math.min(masked.length, from + chunkFloats);
        UpdateChunk.Builder b = UpdateChunk.newBuilder().setTotalLength(masked.length).setOffset(from);
        for (int i = from; i < to; i++) {
            b.addMasked(masked[i]);
        }
        return b;
    }

    /** All model chunks of {@code values}, in order. */
    public static List<TensorChunk> split(float[] values, int chunkFloats) {
        int n = chunkCount(values.length, chunkFloats);
        List<TensorChunk> chunks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chunks.add(tensorChunk(values, i, chunkFloats));
        }
        return chunks;
    }

    /** All update chunk builders of {@code values}, in order. */
    public static List<UpdateChunk.Builder> splitUpdate(float[] values, int chunkFloats) {
        int n = chunkCount(values.length, chunkFloats);
        List<UpdateChunk.Builder> chunks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chunks.add(updateChunk(values, i, chunkFloats));
        }
        return chunks;
    }

    /** All masked update chunk builders of {@code masked}, in order. */
    public static List<UpdateChunk.Builder> splitMasked(int[] masked, int chunkFloats) {
        int n = chunkCount(masked.length, chunkFloats);
        List<UpdateChunk.Builder> chunks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chunks.add(maskedChunk(masked, i, chunkFloats));
        }
        return chunks;
    }

    private static int start(int length, int index, int chunkFloats) {
        int n = chunkCount(length, chunkFloats);
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException("index=" + index + ", allowed: 0.." + (n - 1));
        }
        return index * chunkFloats;
    }

    private static void checkSizes(int length, int chunkFloats) {
        if (chunkFloats < 1) {
            throw new IllegalArgumentException("chunkFloats=" + chunkFloats + ", allowed: >= 1");
        }
        if (length < 1) {
            throw new IllegalArgumentException("length=" + length + ", allowed: >= 1");
        }
    }
}
