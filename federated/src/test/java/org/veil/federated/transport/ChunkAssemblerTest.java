package org.veil.federated.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.federated.proto.TensorChunk;
import org.veil.federated.proto.UpdateChunk;

class ChunkAssemblerTest {

    @Test
    void splitsIntoCeilingManyChunksAndRebuildsBitForBit() throws ChunkException {
        float[] values = new float[1003];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        values[5] = Float.NaN;
        values[6] = Float.NEGATIVE_INFINITY;
        values[7] = -0.0f;
        List<TensorChunk> chunks = TensorChunks.split(values, 100);
        assertEquals(11, chunks.size());
        assertEquals(3, chunks.get(10).getValuesCount());
        assertEquals(1000, chunks.get(10).getOffset());
        ChunkAssembler assembler = new ChunkAssembler(values.length);
        for (TensorChunk c : chunks) {
            assertFalse(assembler.isComplete());
            assembler.accept(c);
        }
        assertTrue(assembler.isComplete());
        assertEquals(ChunkAssembler.Kind.VALUES, assembler.kind());
        float[] rebuilt = assembler.values();
        for (int i = 0; i < values.length; i++) {
            assertEquals(Float.floatToRawIntBits(values[i]), Float.floatToRawIntBits(rebuilt[i]), "index " + i);
        }
    }

    @Test
    void maskedUpdatesRoundTripUnsignedWords() throws ChunkException {
        int[] masked = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 12345};
        ChunkAssembler assembler = new ChunkAssembler(10);
        for (UpdateChunk.Builder b : TensorChunks.splitMasked(masked, 4)) {
            assembler.accept(b.setSessionId("s").build());
        }
        assertArrayEquals(masked, assembler.masked());
        ChunkException e = assertThrows(ChunkException.class, assembler::values);
        assertTrue(e.reason().contains("expected values"), e.reason());
    }

    @Test
    void maskedStreamsHaveTheirOwnLengthLimit() throws ChunkException {
        ChunkAssembler masked = new ChunkAssembler(4, 5);
        for (UpdateChunk.Builder b : TensorChunks.splitMasked(new int[] {1, 2, 3, 4, 5}, 4)) {
            masked.accept(b.setSessionId("s").build());
        }
        assertEquals(5, masked.masked().length);
        ChunkAssembler values = new ChunkAssembler(4, 5);
        ChunkException e = assertThrows(ChunkException.class, () -> {
            for (UpdateChunk.Builder b : TensorChunks.splitUpdate(new float[5], 4)) {
                values.accept(b.setSessionId("s").build());
            }
        });
        assertEquals("total_length=5, allowed: 1..4", e.reason());
    }

    @Test
    void everyMalformedStreamIsRejectedWithAReason() {
        assertRejected("gap before chunk 1: offset 15, expected 10", model(20, 0, 10), model(20, 15, 5));
        assertRejected("chunk 1 overlaps: offset 5, expected 10", model(20, 0, 10), model(20, 5, 10));
        assertRejected("total_length changed from 20 to 21 at chunk 1", model(20, 0, 10), model(21, 10, 10));
        assertRejected("total_length=101, allowed: 1..100", model(101, 0, 10));
        assertRejected("total_length=0, allowed: 1..100", model(0, 0, 1));
        assertRejected("total_length=-5, allowed: 1..100", model(-5, 0, 1));
        assertRejected("chunk 1 ends at 25, past total_length 20", model(20, 0, 10), model(20, 10, 15));
        assertRejected("gap before chunk 0: offset 10, expected 0", model(20, 10, 10));
        assertRejected("chunk 1 carries no entries", model(20, 0, 10), model(20, 10, 0));
        assertRejected("chunk 2 arrived after the tensor was complete (total_length 20)",
                model(20, 0, 10), model(20, 10, 10), model(20, 20, 1));
    }

    @Test
    void mixedFieldsAreRejected() {
        UpdateChunk both = UpdateChunk.newBuilder().setTotalLength(4).addValues(1f).addMasked(1).build();
        assertEquals("chunk 0 carries both values and masked entries", rejection(both));
        UpdateChunk values = TensorChunks.updateChunk(new float[4], 0, 2).build();
        UpdateChunk masked = TensorChunks.maskedChunk(new int[4], 1, 2).build();
        assertEquals("chunk 1 carries masked entries but earlier chunks carried values", rejection(values, masked));
    }

    @Test
    void emptyAndIncompleteStreamsAreRejectedAtTheEnd() throws ChunkException {
        ChunkAssembler none = new ChunkAssembler(100);
        assertEquals("no chunks received", assertThrows(ChunkException.class, none::values).reason());
        ChunkAssembler partial = new ChunkAssembler(100);
        partial.accept(model(20, 0, 10));
        assertEquals("incomplete: received 10 of 20 entries in 1 chunks",
                assertThrows(ChunkException.class, partial::values).reason());
    }

    @Test
    void aFailedAssemblerStaysFailed() throws ChunkException {
        ChunkAssembler assembler = new ChunkAssembler(100);
        assembler.accept(model(20, 0, 10));
        assertThrows(ChunkException.class, () -> assembler.accept(model(20, 11, 9)));
        ChunkException again = assertThrows(ChunkException.class, () -> assembler.accept(model(20, 10, 10)));
        assertTrue(again.reason().startsWith("gap before chunk 1"), again.reason());
        assertThrows(ChunkException.class, assembler::values);
        assertFalse(assembler.isComplete());
    }

    @Test
    void splitterRejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> TensorChunks.split(new float[0], 10));
        assertThrows(IllegalArgumentException.class, () -> TensorChunks.split(new float[5], 0));
        assertThrows(IllegalArgumentException.class, () -> TensorChunks.tensorChunk(new float[5], 1, 5));
        assertEquals(12, TensorChunks.chunkCount(3_000_001, 262_144));
        assertEquals(1, TensorChunks.chunkCount(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    private static TensorChunk model(long total, long offset, int count) {
        TensorChunk.Builder b = TensorChunk.newBuilder().setTotalLength(total).setOffset(offset);
        for (int i = 0; i < count; i++) {
            b.addValues(i);
        }
        return b.build();
    }

    private static void assertRejected(String reason, TensorChunk... chunks) {
        ChunkAssembler assembler = new ChunkAssembler(100);
        ChunkException e = assertThrows(ChunkException.class, () -> {
            for (TensorChunk c : chunks) {
                assembler.accept(c);
            }
        });
        assertEquals(reason, e.reason());
    }

    private static String rejection(UpdateChunk... chunks) {
        ChunkAssembler assembler = new ChunkAssembler(100);
        return assertThrows(ChunkException.class, () -> {
            for (UpdateChunk c : chunks) {
                assembler.accept(c);
            }
        }).reason();
    }
}
