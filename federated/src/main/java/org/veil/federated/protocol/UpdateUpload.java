package org.veil.federated.protocol;

import io.grpc.stub.StreamObserver;
import org.veil.federated.proto.SubmitReply;
import org.veil.federated.proto.UpdateChunk;
import org.veil.federated.server.RoundCoordinator;
import org.veil.federated.server.SessionRegistry;
import org.veil.federated.transport.ChunkAssembler;
import org.veil.federated.transport.ChunkException;

/**
 * One client's chunked update upload: checks the session on the first chunk, assembles the values
 * (rejecting malformed streams with the assembler's reason), and offers the update to the round
 * when the stream completes. A broken stream is recorded as a rejection of that client's update.
 *
 * <p>Thread safety: gRPC delivers one stream's messages serially.
 */
final class UpdateUpload implements StreamObserver<UpdateChunk> {

    private final String client;
    private final SessionRegistry sessions;
    private final RoundCoordinator coordinator;
    private final ChunkAssembler assembler;
    private final StreamObserver<SubmitReply> response;
    private String taskId;
    private double weight;
    private String failure;

    UpdateUpload(String client, SessionRegistry sessions, RoundCoordinator coordinator, ChunkAssembler assembler,
            StreamObserver<SubmitReply> response) {
        this.client = client;
        this.sessions = sessions;
        this.coordinator = coordinator;
        this.assembler = assembler;
        this.response = response;
    }

    @Override
    public void onNext(UpdateChunk chunk) {
        if (failure != null) {
            return;
        }
        if (taskId == null) {
            try {
                sessions.touch(chunk.getSessionId(), client);
            } catch (IllegalStateException e) {
                failure = e.getMessage();
                return;
            }
            taskId = chunk.getTaskId();
            weight = chunk.getWeight();
        } else if (!taskId.equals(chunk.getTaskId())) {
            failure = "chunks of one upload name different tasks";
            return;
        }
        try {
            assembler.accept(chunk);
        } catch (ChunkException e) {
            failure = e.reason();
        }
    }

    /** Hands the assembled upload to the round: values (plain) or a masked input (secure aggregation). */
    private String deliver() {
        try {
            if (assembler.kind() == ChunkAssembler.Kind.MASKED) {
                return coordinator.submitStage(client, taskId, true, assembler.masked());
            }
            return coordinator.submit(client, taskId, assembler.values(), weight);
        } catch (ChunkException e) {
            coordinator.reject(client, taskId, e.reason());
            return e.reason();
        }
    }

    @Override
    public void onError(Throwable t) {
        if (taskId != null) {
            coordinator.reject(client, taskId, "upload broken: " + t.getMessage());
        }
    }

    @Override
    public void onCompleted() {
        String reason;
        if (taskId == null) {
            reason = failure != null ? failure : "empty upload";
            coordinator.reject(client, "", reason);
        } else if (failure != null) {
            reason = failure;
            coordinator.reject(client, taskId, reason);
        } else {
            reason = deliver();
        }
        response.onNext(SubmitReply.newBuilder().setAccepted(reason == null).setReason(reason == null ? "" : reason)
                .build());
        response.onCompleted();
    }
}
