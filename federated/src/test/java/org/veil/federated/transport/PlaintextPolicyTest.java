package org.veil.federated.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Attributes;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.SecurityLevel;
import io.grpc.Status;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.veil.federated.proto.FederationGrpc;

/** Plaintext refusal (channels, servers, bearer tokens), decided before any socket is used. */
class PlaintextPolicyTest {

    // RFC 5737 TEST-NET-1: documentation addresses, never routed
    private static final String REMOTE = "192.0.2.1";
    private static final String TOKEN = "tokentokentoken-0123";

    @Test
    void loopbackHosts() {
        assertTrue(PlaintextPolicy.isLoopback("localhost"));
        assertTrue(PlaintextPolicy.isLoopback("LOCALHOST"));
        assertTrue(PlaintextPolicy.isLoopback("127.0.0.1"));
        assertTrue(PlaintextPolicy.isLoopback("127.4.5.6"));
        assertTrue(PlaintextPolicy.isLoopback("::1"));
        assertTrue(PlaintextPolicy.isLoopback("[::1]"));
        assertFalse(PlaintextPolicy.isLoopback(REMOTE));
        assertFalse(PlaintextPolicy.isLoopback("0.0.0.0"));
        assertFalse(PlaintextPolicy.isLoopback("10.0.0.1"));
        assertFalse(PlaintextPolicy.isLoopback(""), "an empty name would resolve to loopback in Java");
        assertEquals("::1", PlaintextPolicy.hostOfAuthority("[::1]:8443"));
        assertEquals("example.org", PlaintextPolicy.hostOfAuthority("example.org:443"));
        assertEquals("example.org", PlaintextPolicy.hostOfAuthority("example.org"));
    }

    @Test
    void plaintextChannelToARemoteHostIsRefusedBeforeDialing() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChannelFactory.create(ChannelOptions.of(REMOTE, 50051, null)));
        assertTrue(e.getMessage().contains(REMOTE) && e.getMessage().contains("allowPlaintext"), e.getMessage());
        // with the flag a channel is built; gRPC dials lazily, so nothing connects here either
        ManagedChannel allowed = ChannelFactory.create(ChannelOptions.of(REMOTE, 50051, null).withAllowPlaintext(true));
        assertNotNull(allowed);
        allowed.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void plaintextServerOnAllInterfacesIsRefusedBeforeBinding() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerEndpoint.start(ServerEndpointOptions.of("0.0.0.0", 0, null),
                        new FakeFederation(1, 1), java.util.List.of()));
        assertTrue(e.getMessage().contains("0.0.0.0") && e.getMessage().contains("allowPlaintext"), e.getMessage());
    }

    @Test
    void bearerTokenIsNotSentInPlaintextToARemoteAuthority() {
        BearerCredentials credentials = new BearerCredentials("c1", TOKEN, false);
        Outcome remote = apply(credentials, REMOTE + ":50051", SecurityLevel.NONE);
        assertNull(remote.headers.get());
        assertEquals(Status.Code.UNAUTHENTICATED, remote.failure.get().getCode());
        assertFalse(remote.failure.get().getDescription().contains(TOKEN));

        Outcome loopback = apply(credentials, "127.0.0.1:50051", SecurityLevel.NONE);
        assertEquals("Bearer " + TOKEN, loopback.headers.get().get(AuthInterceptor.AUTHORIZATION));
        assertEquals("c1", loopback.headers.get().get(AuthInterceptor.CLIENT_ID_HEADER));

        assertNotNull(apply(credentials, REMOTE + ":443", SecurityLevel.PRIVACY_AND_INTEGRITY).headers.get());
        assertNotNull(apply(new BearerCredentials("c1", TOKEN, true), REMOTE + ":1", SecurityLevel.NONE).headers.get());
    }

    @Test
    void bearerCredentialsRefuseWeakTokensAndHideTheToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BearerCredentials("c1", "short-secret", false));
        assertFalse(e.getMessage().contains("short-secret"));
        assertThrows(IllegalArgumentException.class, () -> new BearerCredentials("bad id", TOKEN, false));
        assertFalse(new BearerCredentials("c1", TOKEN, false).toString().contains(TOKEN));
    }

    private record Outcome(AtomicReference<Metadata> headers, AtomicReference<Status> failure) {
    }

    private static Outcome apply(CallCredentials credentials, String authority, SecurityLevel level) {
        Outcome outcome = new Outcome(new AtomicReference<>(), new AtomicReference<>());
        CallCredentials.RequestInfo info = new CallCredentials.RequestInfo() {
            @Override
            public MethodDescriptor<?, ?> getMethodDescriptor() {
                return FederationGrpc.getJoinMethod();
            }

            @Override
            public SecurityLevel getSecurityLevel() {
                return level;
            }

            @Override
            public String getAuthority() {
                return authority;
            }

            @Override
            public Attributes getTransportAttrs() {
                return Attributes.EMPTY;
            }
        };
        credentials.applyRequestMetadata(info, Runnable::run, new CallCredentials.MetadataApplier() {
            @Override
            public void apply(Metadata headers) {
                outcome.headers.set(headers);
            }

            @Override
            public void fail(Status status) {
                outcome.failure.set(status);
            }
        });
        return outcome;
    }
}
