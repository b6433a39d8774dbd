package org.veil.federated.transport;

import io.grpc.stub.StreamObserver;
import java.util.concurrent.atomic.AtomicReference;
import org.veil.federated.proto.FederationGrpc;
import org.veil.federated.proto.JoinReply;
import org.veil.federated.proto.JoinRequest;
import org.veil.federated.proto.ModelRequest;
import org.veil.federated.proto.SubmitReply;
import org.veil.federated.proto.TensorChunk;
import org.veil.federated.proto.UpdateChunk;

/**
 * A tiny Federation service for transport tests: Join echoes the authenticated client id as the
 * session id; DownloadModel streams {@code model} in chunks; SubmitUpdate assembles the update
 * and keeps it in {@link #received}. Thread safe (state in atomic references).
 */
final class FakeFederation extends FederationGrpc.FederationImplBase {

    final AtomicReference<float[]> model = new AtomicReference<>(new float[] {1f});
    final AtomicReference<float[]> received = new AtomicReference<>();
    final AtomicReference<String> uploader = new AtomicReference<>();
    private final int chunkFloats;
    private final int maxLength;

    FakeFederation(int chunkFloats, int maxLength) {
        this.chunkFloats = chunkFloats;
        this.maxLength = maxLength;
    }

    @Override
    public void join(JoinRequest request, StreamObserver<JoinReply> reply) {
        reply.onNext(JoinReply.newBuilder().setSessionId(AuthInterceptor.clientId()).setProtocolVersion(1).build());
        reply.onCompleted();
    }

    @Override
    public void downloadModel(ModelRequest request, StreamObserver<TensorChunk> reply) {
        float[] values = model.get();
        for (int i = 0; i < TensorChunks.chunkCount(values.length, chunkFloats); i++) {
            reply.onNext(TensorChunks.tensorChunk(values, i, chunkFloats));
        }
        reply.onCompleted();
    }

    @Override
    public StreamObserver<UpdateChunk> submitUpdate(StreamObserver<SubmitReply> reply) {
        String client = AuthInterceptor.clientId();
        ChunkAssembler assembler = new ChunkAssembler(maxLength);
        return new StreamObserver<>() {
            private String rejection;

            @Override
            public void onNext(UpdateChunk chunk) {
                if (rejection == null) {
                    try {
                        assembler.accept(chunk);
                    } catch (ChunkException e) {
                        rejection = e.reason();
                    }
                }
            }

            @Override
            public void onError(Throwable t) {
                // the client cancelled; nothing to answer
            }

            @Override
            public void onCompleted() {
                try {
                    if (rejection != null) {
                        throw new ChunkException(rejection);
                    }
                    received.set(assembler.values());
                    uploader.set(client);
                    reply.onNext(SubmitReply.newBuilder().setAccepted(true).build());
                } catch (ChunkException e) {
                    reply.onNext(SubmitReply.newBuilder().setAccepted(false).setReason(e.reason()).build());
                }
                reply.onCompleted();
            }
        };
    }
}
