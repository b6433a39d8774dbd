package org.veil.federated.protocol;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.Objects;
import org.veil.federated.model.ModelSpec;
import org.veil.federated.proto.FederationGrpc;
import org.veil.federated.proto.JoinReply;
import org.veil.federated.proto.JoinRequest;
import org.veil.federated.proto.LeaveRequest;
import org.veil.federated.proto.ModelRequest;
import org.veil.federated.proto.SecAggSubmission;
import org.veil.federated.proto.SubmitReply;
import org.veil.federated.proto.Task;
import org.veil.federated.proto.TaskRequest;
import org.veil.federated.proto.TensorChunk;
import org.veil.federated.proto.UpdateChunk;
import org.veil.federated.server.EventLog;
import org.veil.federated.server.FederatedServer;
import org.veil.federated.server.RoundCoordinator;
import org.veil.federated.server.ServerSetup;
import org.veil.federated.server.SessionRegistry;
import org.veil.federated.transport.AuthInterceptor;
import org.veil.federated.transport.TokenStore;
import org.veil.federated.transport.ChunkAssembler;
import org.veil.federated.transport.TensorChunks;

/**
 * The server end of the protocol (federation.proto): sessions, long-polled tasks, chunked model
 * downloads and update uploads. It holds no round logic: that is {@link RoundCoordinator}'s. The
 * caller's client id was authenticated by the transport's interceptor ({@link CallerIdentity});
 * every call must also quote a live session of that id. Nothing a client sends can crash the
 * server: malformed or out-of-order messages are answered with an error status or a rejection,
 * and logged with the reason.
 *
 * <p>Thread safety: gRPC calls it from many threads; all state lives in the thread-safe registry
 * and coordinator.
 */
public final class FederationService extends FederationGrpc.FederationImplBase {

    /** Longest a NextTask call is held before answering WAIT. */
    static final long MAX_POLL_MILLIS = 20_000;

    private final SessionRegistry sessions;
    private final RoundCoordinator coordinator;
    private final ModelSpec spec;
    private final int numParameters;
    private final String dataEncoding;
    private final EventLog log;

    /** @param dataEncoding the server's table encoding as JSON ("" for none) */
    public FederationService(SessionRegistry sessions, RoundCoordinator coordinator, ModelSpec spec, int numParameters,
            String dataEncoding, EventLog log) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.coordinator = Objects.requireNonNull(coordinator, "coordinator");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.numParameters = numParameters;
        this.dataEncoding = Objects.requireNonNull(dataEncoding, "dataEncoding");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The service serving {@code server}'s rounds. */
    public static FederationService of(SessionRegistry sessions, FederatedServer server, ServerSetup setup) {
        return new FederationService(sessions, server.coordinator(), setup.spec(), server.numParameters(),
                setup.dataEncoding() == null ? "" : setup.dataEncoding().toJson(), setup.log());
    }

    /**
     * The authentication interceptor for {@code tokens}; every refused call is logged as
     * {@code auth_rejected} with its reason and remote address.
     */
    public static AuthInterceptor authentication(TokenStore tokens, EventLog log) {
        return new AuthInterceptor(tokens, (id, address, reason) -> log.event("auth_rejected",
                Map.of("client", String.valueOf(id), "remote", String.valueOf(address), "reason", reason)));
    }

    @Override
    public void join(JoinRequest request, StreamObserver<JoinReply> response) {
        String client = CallerIdentity.current();
        try {
            String session = sessions.join(client, request.getNumExamples());
            log.event("client_joined", Map.of("client", client, "examples", request.getNumExamples()));
            response.onNext(JoinReply.newBuilder().setSessionId(session).setProtocolVersion(Messages.PROTOCOL_VERSION)
                    .setNumParameters(numParameters).setModelDescription(spec.toJson())
                    .setDataEncoding(dataEncoding).build());
            response.onCompleted();
        } catch (IllegalStateException e) {
            log.event("join_rejected", Map.of("client", client, "reason", e.getMessage()));
            response.onError(Status.ALREADY_EXISTS.withDescription(e.getMessage()).asRuntimeException());
        }
    }

    @Override
    public void nextTask(TaskRequest request, StreamObserver<Task> response) {
        String client = CallerIdentity.current();
        if (!touch(request.getSessionId(), client, response)) {
            return;
        }
        if (request.getMaxWaitMillis() < 0) { // a heartbeat: keeps the session alive, never hands out work
            response.onNext(Task.newBuilder().setKind(org.veil.federated.proto.TaskKind.WAIT).build());
            response.onCompleted();
            return;
        }
        // a poll never outlives the session it keeps alive
        long wait = Math.min(Math.min(request.getMaxWaitMillis(), MAX_POLL_MILLIS), sessions.expiryMillis() / 2);
        try {
            response.onNext(Messages.task(coordinator.nextTask(client, wait)));
            response.onCompleted();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.onError(Status.UNAVAILABLE.withDescription("server shutting down").asRuntimeException());
        }
    }

    @Override
    public void downloadModel(ModelRequest request, StreamObserver<TensorChunk> response) {
        String client = CallerIdentity.current();
        if (!touch(request.getSessionId(), client, response)) {
            return;
        }
        float[] model;
        try {
            model = coordinator.model(client, request.getTaskId());
        } catch (IllegalStateException e) {
            response.onError(Status.FAILED_PRECONDITION.withDescription(e.getMessage()).asRuntimeException());
            return;
        }
        for (TensorChunk c : TensorChunks.split(model, TensorChunks.DEFAULT_CHUNK_FLOATS)) {
            response.onNext(c);
        }
        response.onCompleted();
    }

    @Override
    public StreamObserver<UpdateChunk> submitUpdate(StreamObserver<SubmitReply> response) {
        String client = CallerIdentity.current();
        // a masked vector may carry one value more than the model: the unclipped count (UnclippedCount)
        ChunkAssembler assembler = new ChunkAssembler(numParameters, numParameters + 1);
        return new UpdateUpload(client, sessions, coordinator, assembler, response);
    }

    @Override
    public void submitSecAgg(SecAggSubmission request, StreamObserver<SubmitReply> response) {
        String client = CallerIdentity.current();
        if (!touch(request.getSessionId(), client, response)) {
            return;
        }
        String reason = coordinator.submitStage(client, request.getTaskId(), false, request.getPayload().toByteArray());
        response.onNext(SubmitReply.newBuilder().setAccepted(reason == null).setReason(reason == null ? "" : reason)
                .build());
        response.onCompleted();
    }

    @Override
    public void leave(LeaveRequest request, StreamObserver<SubmitReply> response) {
        String client = CallerIdentity.current();
        if (!touch(request.getSessionId(), client, response)) {
            return;
        }
        sessions.leave(request.getSessionId());
        log.event("client_left", Map.of("client", client));
        response.onNext(SubmitReply.newBuilder().setAccepted(true).build());
        response.onCompleted();
    }

    private boolean touch(String session, String client, StreamObserver<?> response) {
        try {
            sessions.touch(session, client);
            return true;
        } catch (IllegalStateException e) {
            log.event("session_rejected", Map.of("client", client, "reason", e.getMessage()));
            response.onError(new StatusRuntimeException(Status.FAILED_PRECONDITION.withDescription(e.getMessage())));
            return false;
        }
    }
}
