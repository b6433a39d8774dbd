package org.veil.federated.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veil.federated.proto.FederationGrpc;
import org.veil.federated.proto.JoinRequest;

/** Bearer-token authentication over real Netty on 127.0.0.1 (plaintext: loopback). */
class AuthInterceptorTest {

    private static final String ALICE_TOKEN = "alice-token-0123456789";
    private static final String BOB_TOKEN = "bob-token-0123456789ab";

    record Rejection(String clientId, String remote, String reason) {
    }

    private static final List<Rejection> REJECTIONS = new CopyOnWriteArrayList<>();
    private static ServerEndpoint server;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() throws IOException {
        TokenStore tokens = TokenStore.parse("test-tokens", List.of("alice " + ALICE_TOKEN, "bob " + BOB_TOKEN));
        AuthInterceptor auth = new AuthInterceptor(tokens, (id, remote, reason) ->
                REJECTIONS.add(new Rejection(id, remote, reason)));
        server = ServerEndpoint.start(ServerEndpointOptions.of("127.0.0.1", 0, null),
                new FakeFederation(1000, 1000), List.of(auth));
        channel = ChannelFactory.create(ChannelOptions.of("127.0.0.1", server.port(), null));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @BeforeEach
    void clear() {
        REJECTIONS.clear();
    }

    @Test
    void goodTokenPassesAndTheServiceSeesTheId() {
        String session = stub().withCallCredentials(new BearerCredentials("bob", BOB_TOKEN, false))
                .join(JoinRequest.getDefaultInstance()).getSessionId();
        assertEquals("bob", session);
        assertEquals(List.of(), REJECTIONS);
        // RFC 6750 section 2.1 / RFC 9110 section 11.1: the scheme is case-insensitive
        assertEquals("alice", withHeaders("bearer " + ALICE_TOKEN, "alice").join(JoinRequest.getDefaultInstance())
                .getSessionId());
    }

    @Test
    void noCredentialsIsMissing() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> stub().join(JoinRequest.getDefaultInstance()));
        assertUnauthenticated(e, AuthInterceptor.MISSING);
        Rejection r = onlyRejection();
        assertNull(r.clientId());
        assertTrue(r.reason().contains("missing"), r.reason());
        assertTrue(r.remote().contains("127.0.0.1"), r.remote());
        String challenge = Status.trailersFromThrowable(e).get(AuthInterceptor.CHALLENGE);
        assertEquals("Bearer realm=\"veil\"", challenge);
    }

    @Test
    void tokenWithoutIdIsMissing() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> withHeaders("Bearer " + ALICE_TOKEN, null).join(JoinRequest.getDefaultInstance()));
        assertUnauthenticated(e, AuthInterceptor.MISSING);
        assertEquals("missing client id", onlyRejection().reason());
    }

    @Test
    void wrongTokenIsInvalidAndTheListenerNamesTheId() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> stub().withCallCredentials(new BearerCredentials("alice", BOB_TOKEN, false))
                        .join(JoinRequest.getDefaultInstance()));
        assertUnauthenticated(e, AuthInterceptor.INVALID);
        Rejection r = onlyRejection();
        assertEquals("alice", r.clientId());
        assertEquals("wrong token for client id alice", r.reason());
        assertEquals("Bearer realm=\"veil\", error=\"invalid_token\"",
                Status.trailersFromThrowable(e).get(AuthInterceptor.CHALLENGE));
    }

    @Test
    void unknownIdLooksLikeAWrongTokenToTheCaller() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> stub().withCallCredentials(new BearerCredentials("mallory", ALICE_TOKEN, false))
                        .join(JoinRequest.getDefaultInstance()));
        assertUnauthenticated(e, AuthInterceptor.INVALID);
        Rejection r = onlyRejection();
        assertEquals("mallory", r.clientId());
        assertTrue(r.reason().startsWith("unknown client id"), r.reason());
    }

    @Test
    void malformedHeadersAreInvalid() {
        assertUnauthenticated(assertThrows(StatusRuntimeException.class,
                () -> withHeaders("Basic " + ALICE_TOKEN, "alice").join(JoinRequest.getDefaultInstance())),
                AuthInterceptor.INVALID);
        assertTrue(onlyRejection().reason().contains("Bearer"));
        REJECTIONS.clear();
        assertUnauthenticated(assertThrows(StatusRuntimeException.class,
                () -> withHeaders("Bearer " + ALICE_TOKEN, "al ice").join(JoinRequest.getDefaultInstance())),
                AuthInterceptor.INVALID);
        Rejection r = onlyRejection();
        assertNull(r.clientId(), "a malformed id is not passed on to logs");
        assertEquals("malformed client id", r.reason());
    }

    private static void assertUnauthenticated(StatusRuntimeException e, String description) {
        assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
        assertEquals(description, e.getStatus().getDescription());
    }

    private static Rejection onlyRejection() {
        assertEquals(1, REJECTIONS.size(), REJECTIONS.toString());
        return REJECTIONS.get(0);
    }

    private static FederationGrpc.FederationBlockingStub stub() {
        return FederationGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static FederationGrpc.FederationBlockingStub withHeaders(String authorization, String clientId) {
        Metadata headers = new Metadata();
        if (authorization != null) {
            headers.put(AuthInterceptor.AUTHORIZATION, authorization);
        }
        if (clientId != null) {
            headers.put(AuthInterceptor.CLIENT_ID_HEADER, clientId);
        }
        return stub().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}
