package org.veil.federated.client;

import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.veil.federated.proto.FederationGrpc;
import org.veil.federated.proto.ModelRequest;
import org.veil.federated.proto.SubmitReply;
import org.veil.federated.proto.TensorChunk;
import org.veil.federated.proto.UpdateChunk;
import org.veil.federated.transport.ChunkAssembler;
import org.veil.federated.transport.ChunkException;
import org.veil.federated.transport.TensorChunks;

/**
 * The client's chunked transfers: the global model down (server streaming), an update or a masked
 * input up (client streaming), each chunk at most {@link TensorChunks#DEFAULT_CHUNK_FLOATS} values.
 *
 * <p>Thread safety: the stubs are thread-safe; one transfer per call.
 */
final class Transfers {

    /** Longest wait for an upload's reply. */
    static final long UPLOAD_TIMEOUT_SECONDS = 600;

    private final FederationGrpc.FederationBlockingStub blocking;
    private final FederationGrpc.FederationStub async;

    Transfers(FederationGrpc.FederationBlockingStub blocking, FederationGrpc.FederationStub async) {
        this.blocking = blocking;
        this.async = async;
    }

    float[] download(String session, String taskId, int expectedParameters) {
        Iterator<TensorChunk> chunks = blocking.downloadModel(ModelRequest.newBuilder().setSessionId(session)
                .setTaskId(taskId).build());
        ChunkAssembler assembler = new ChunkAssembler(expectedParameters);
        try {
            while (chunks.hasNext()) {
                assembler.accept(chunks.next());
            }
            return assembler.values();
        } catch (ChunkException e) {
            throw new IllegalStateException("server sent a malformed model: " + e.reason(), e);
        }
    }

    SubmitReply uploadMasked(String session, String taskId, int[] masked) {
        List<UpdateChunk> chunks = new ArrayList<>();
        for (UpdateChunk.Builder c : TensorChunks.splitMasked(masked, TensorChunks.DEFAULT_CHUNK_FLOATS)) {
            chunks.add(c.setSessionId(session).setTaskId(taskId).setWeight(1).build());
        }
        return send(chunks);
    }

    SubmitReply upload(String session, String taskId, float[] values, int examples) {
        List<UpdateChunk> chunks = new ArrayList<>();
        for (UpdateChunk.Builder c : TensorChunks.splitUpdate(values, TensorChunks.DEFAULT_CHUNK_FLOATS)) {
            chunks.add(c.setSessionId(session).setTaskId(taskId).setWeight(examples).build());
        }
        return send(chunks);
    }

    private SubmitReply send(List<UpdateChunk> chunks) {
        CompletableFuture<SubmitReply> done = new CompletableFuture<>();
        StreamObserver<UpdateChunk> out = async.submitUpdate(new StreamObserver<>() {
            @Override
            public void onNext(SubmitReply value) {
                done.complete(value);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                done.complete(SubmitReply.newBuilder().setAccepted(false).setReason("no reply").build());
            }
        });
        for (UpdateChunk c : chunks) {
            out.onNext(c);
        }
        out.onCompleted();
        try {
            return done.get(UPLOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while uploading", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("upload failed: " + e.getMessage(), e);
        }
    }
}
