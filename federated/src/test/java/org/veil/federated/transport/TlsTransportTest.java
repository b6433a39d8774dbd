package org.veil.federated.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.federated.proto.FederationGrpc;
import org.veil.federated.proto.JoinRequest;

/** TLS 1.3 with DevCertificates over real Netty on 127.0.0.1. */
class TlsTransportTest {

    private static final String TOKEN = "client-token-0123456789";

    @TempDir
    static Path dir;
    private static TlsFiles serverFiles;
    private static TlsFiles otherFiles;
    private static final AtomicReference<String> PROTOCOL = new AtomicReference<>();
    private static ServerEndpoint server;

    /** Records the negotiated TLS protocol of each call, as the server sees it. */
    private static final ServerInterceptor PROTOCOL_PROBE = new ServerInterceptor() {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, io.grpc.Metadata headers,
                ServerCallHandler<Q, R> next) {
            SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
            PROTOCOL.set(session == null ? "none" : session.getProtocol());
            return next.startCall(call, headers);
        }
    };

    @BeforeAll
    static void start() throws IOException {
        serverFiles = DevCertificates.generate(dir.resolve("server"), List.of("veil.test", "10.1.2.3"),
                Duration.ofDays(2));
        otherFiles = DevCertificates.generate(dir.resolve("other"), List.of(), Duration.ofHours(1));
        TokenStore tokens = TokenStore.parse("test", List.of("c1 " + TOKEN));
        AuthInterceptor auth = new AuthInterceptor(tokens, (id, remote, reason) -> { });
        server = ServerEndpoint.start(ServerEndpointOptions.of("127.0.0.1", 0, serverFiles),
                new FakeFederation(1000, 1000), List.of(PROTOCOL_PROBE, auth));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void devCertificateFilesArePemAndTheKeyIsPrivate() throws IOException {
        List<String> cert = Files.readAllLines(serverFiles.certificateChain());
        assertEquals("-----BEGIN CERTIFICATE-----", cert.get(0));
        assertEquals("-----END CERTIFICATE-----", cert.get(cert.size() - 1));
        assertTrue(cert.stream().allMatch(line -> line.length() <= 64), "RFC 7468 lines of at most 64");
        List<String> key = Files.readAllLines(serverFiles.privateKey());
        assertEquals("-----BEGIN PRIVATE KEY-----", key.get(0));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(serverFiles.privateKey())));
        try (var left = Files.list(dir.resolve("server"))) {
            assertEquals(2, left.count(), "only cert.pem and key.pem remain");
        }
        assertEquals("dns:localhost,ip:127.0.0.1,ip:::1,dns:veil.test,ip:10.1.2.3",
                DevCertificates.subjectAlternativeNames(List.of("veil.test", "10.1.2.3")));
        assertThrows(IllegalArgumentException.class,
                () -> DevCertificates.subjectAlternativeNames(List.of("a,dns:evil")));
    }

    @Test
    void clientTrustingTheDevCertificateConnectsWithTls13() throws Exception {
        ManagedChannel channel = ChannelFactory.create(
                ChannelOptions.of("localhost", server.port(), TlsFiles.forClient(serverFiles.certificateChain())));
        try {
            PROTOCOL.set(null);
            String session = FederationGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .withCallCredentials(new BearerCredentials("c1", TOKEN, false))
                    .join(JoinRequest.getDefaultInstance()).getSessionId();
            assertEquals("c1", session);
            assertEquals("TLSv1.3", PROTOCOL.get());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void clientTrustingAnotherCertificateFailsTheHandshake() throws Exception {
        ManagedChannel channel = ChannelFactory.create(
                ChannelOptions.of("127.0.0.1", server.port(), TlsFiles.forClient(otherFiles.certificateChain())));
        try {
            PROTOCOL.set(null);
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                    () -> FederationGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                            .withCallCredentials(new BearerCredentials("c1", TOKEN, false))
                            .join(JoinRequest.getDefaultInstance()));
            assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
            assertTrue(hasCause(e, SSLException.class), "an SSL failure: " + e);
            assertNull(PROTOCOL.get(), "no call reached the server");
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void hostNameMustMatchTheCertificate() throws Exception {
        // 127.0.0.2 is loopback on Linux but not among the certificate's names
        ServerEndpoint other;
        try {
            other = ServerEndpoint.start(ServerEndpointOptions.of("127.0.0.2", 0, serverFiles),
                    new FakeFederation(10, 10), List.of());
        } catch (IOException e) {
            Assumptions.abort("cannot bind 127.0.0.2 here: " + e.getMessage());
            return;
        }
        try (other) {
            ManagedChannel channel = ChannelFactory.create(ChannelOptions.of("127.0.0.2", other.port(),
                    TlsFiles.forClient(serverFiles.certificateChain())));
            try {
                StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                        () -> FederationGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                                .join(JoinRequest.getDefaultInstance()));
                assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
                assertTrue(hasCause(e, SSLException.class), "an SSL failure: " + e);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void serverRefusesTls12AndAcceptsTls13Handshakes() throws Exception {
        assertEquals("TLSv1.3", RawTls.handshake(server.port(), serverFiles.certificateChain(), "TLSv1.3"));
        assertThrows(SSLException.class,
                () -> RawTls.handshake(server.port(), serverFiles.certificateChain(), "TLSv1.2"));
    }

    @Test
    void mutualTlsRequiresTheClientCertificate() throws Exception {
        TlsFiles mutual = new TlsFiles(serverFiles.certificateChain(), serverFiles.privateKey(),
                otherFiles.certificateChain());
        AuthInterceptor auth = new AuthInterceptor(TokenStore.parse("test", List.of("c1 " + TOKEN)),
                (id, remote, reason) -> { });
        try (ServerEndpoint strict = ServerEndpoint.start(ServerEndpointOptions.of("127.0.0.1", 0, mutual),
                new FakeFederation(10, 10), List.of(auth))) {
            TlsFiles withCert = new TlsFiles(otherFiles.certificateChain(), otherFiles.privateKey(),
                    serverFiles.certificateChain());
            assertEquals(Status.Code.OK, joinStatus(strict.port(), withCert));
            assertEquals(Status.Code.UNAVAILABLE, joinStatus(strict.port(),
                    TlsFiles.forClient(serverFiles.certificateChain())));
        }
    }

    private static Status.Code joinStatus(int port, TlsFiles tls) throws Exception {
        ManagedChannel channel = ChannelFactory.create(ChannelOptions.of("127.0.0.1", port, tls));
        try {
            FederationGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .withCallCredentials(new BearerCredentials("c1", TOKEN, false))
                    .join(JoinRequest.getDefaultInstance());
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
