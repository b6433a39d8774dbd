package org.veil.federated.transport;

import org.veil.federated.proto.TensorChunk;
import org.veil.federated.proto.UpdateChunk;

/**
 * Rebuilds one tensor from a stream of chunks ({@link TensorChunks}) and rejects every malformed
 * stream with a reason instead of an unchecked exception. A well-formed stream: every chunk has
 * the same {@code total_length}, from 1 to the caller's maximum (e.g. the model size, so a peer
 * cannot make this side allocate more); offsets start at 0 and are contiguous, in order; no chunk
 * is empty or reaches past the end; all chunks carry {@code values} or all carry {@code masked},
 * never both; and the stream ends exactly at {@code total_length}.
 *
 * <p>The array is allocated when the first chunk is accepted, after its length was checked. Once
 * a chunk was rejected the assembler stays failed and repeats the first reason. Non-finite values
 * are accepted: their meaning is the caller's business. Other fields of update chunks (session,
 * task, weight) are not looked at.
 *
 * <p>Thread safety: not thread safe; use one per stream (gRPC delivers a stream's messages one at
 * a time). Randomness: none.
 */
public final class ChunkAssembler {

    /** What a stream carries. */
    public enum Kind { VALUES, MASKED }

    private final int maxLength;
    private final int maxMaskedLength;
    private long total;
    private long next;
    private int chunks;
    private Kind kind;
    private float[] values;
    private int[] masked;
    private String failure;

    /** @param maxLength the largest {@code total_length} accepted, for values and masked entries alike */
    public ChunkAssembler(int maxLength) {
        this(maxLength, maxLength);
    }

    /**
     * @param maxLength       the largest {@code total_length} of a stream of values
     * @param maxMaskedLength the largest {@code total_length} of a stream of masked entries (a secure
     *                        round's vector can carry more than the model, e.g. the unclipped count)
     */
    public ChunkAssembler(int maxLength, int maxMaskedLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength=" + maxLength + ", allowed: >= 1");
        }
        if (maxMaskedLength < 1) {
            throw new IllegalArgumentException("maxMaskedLength=" + maxMaskedLength + ", allowed: >= 1");
        }
        this.maxLength = maxLength;
        this.maxMaskedLength = maxMaskedLength;
    }

    /** Adds the next model chunk. */
    public void accept(TensorChunk chunk) throws ChunkException {
        check(chunk.getTotalLength(), chunk.getOffset(), chunk.getValuesCount(), 0);
        for (int i = 0; i < chunk.getValuesCount(); i++) {
            values[(int) next + i] = chunk.getValues(i);
        }
        next += chunk.getValuesCount();
    }

    /** Adds the next update chunk (values or masked). */
    public void accept(UpdateChunk chunk) throws ChunkException {
        check(chunk.getTotalLength(), chunk.getOffset(), chunk.getValuesCount(), chunk.getMaskedCount());
        for (int i = 0; i < chunk.getValuesCount(); i++) {
            values[(int) next + i] = chunk.getValues(i);
        }
        for (int i = 0; i < chunk.getMaskedCount(); i++) {
            masked[(int) next + i] = chunk.getMasked(i);
        }
        next += chunk.getValuesCount() + chunk.getMaskedCount();
    }

    private void check(long totalLength, long offset, int valueCount, int maskedCount) throws ChunkException {
        if (failure != null) {
            throw new ChunkException(failure);
        }
        int k = chunks;
        if (kind != null && next == total) {
            fail("chunk " + k + " arrived after the tensor was complete (total_length " + total + ")");
        }
        if (valueCount > 0 && maskedCount > 0) {
            fail("chunk " + k + " carries both values and masked entries");
        }
        if (valueCount == 0 && maskedCount == 0) {
            fail("chunk " + k + " carries no entries");
        }
        Kind chunkKind = valueCount > 0 ? Kind.VALUES : Kind.MASKED;
        if (kind != null && kind != chunkKind) {
            fail("chunk " + k + " carries " + name(chunkKind) + " but earlier chunks carried " + name(kind));
        }
        int max = chunkKind == Kind.VALUES ? maxLength : maxMaskedLength;
        if (kind == null && (totalLength < 1 || totalLength > max)) {
            fail("total_length=" + totalLength + ", allowed: 1.." + max);
        }
        if (kind != null && totalLength != total) {
            fail("total_length changed from " + total + " to " + totalLength + " at chunk " + k);
        }
        long expected = kind == null ? 0 : next;
        if (offset < expected) {
            fail("chunk " + k + " overlaps: offset " + offset + ", expected " + expected);
        }
        if (offset > expected) {
            fail("gap before chunk " + k + ": offset " + offset + ", expected " + expected);
        }
        long end = offset + valueCount + maskedCount;
        if (end > totalLength) {
            fail("chunk " + k + " ends at " + end + ", past total_length " + totalLength);
        }
        if (kind == null) {
            start(chunkKind, totalLength);
        }
        chunks++;
    }

    private void start(Kind first, long totalLength) {
        kind = first;
        total = totalLength;
        next = 0;
        if (first == Kind.VALUES) {
            values = new float[(int) totalLength];
        } else {
            masked = new int[(int) totalLength];
        }
    }

    private void fail(String reason) throws ChunkException {
        failure = reason;
        values = null;
        masked = null;
        throw new ChunkException(reason);
    }

    private static String name(Kind k) {
        return k == Kind.VALUES ? "values" : "masked entries";
    }

    /** Whether all {@code total_length} entries have arrived (and nothing was rejected). */
    public boolean isComplete() {
        return failure == null && kind != null && next == total;
    }

    /** Chunks accepted so far. */
    public int chunksAccepted() {
        return chunks;
    }

    /** What the stream carries, or null before the first accepted chunk. */
    public Kind kind() {
        return kind;
    }

    /** The assembled values of a complete stream of values. */
    public float[] values() throws ChunkException {
        requireComplete(Kind.VALUES);
        return values;
    }

    /** The assembled masked words of a complete masked stream. */
    public int[] masked() throws ChunkException {
        requireComplete(Kind.MASKED);
        return masked;
    }

    private void requireComplete(Kind wanted) throws ChunkException {
        if (failure != null) {
            throw new ChunkException(failure);
        }
        if (kind == null) {
            throw new ChunkException("no chunks received");
        }
        if (kind != wanted) {
            throw new ChunkException("expected " + name(wanted) + " but the stream carried " + name(kind));
        }
        if (next != total) {
            throw new ChunkException("incomplete: received " + next + " of " + total + " entries in "
                    + chunks + " chunks");
        }
    }
}
