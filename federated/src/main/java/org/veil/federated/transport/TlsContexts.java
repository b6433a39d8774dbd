package org.veil.federated.transport;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import javax.net.ssl.SSLException;

/**
 * Builds Netty TLS contexts from {@link TlsFiles}: TLS 1.3 only (RFC 8446), with gRPC's ALPN
 * "h2" and cipher configuration ({@link GrpcSslContexts}). TLS 1.3 has no renegotiation,
 * compression or static-RSA key exchange, and every suite is an AEAD with forward secrecy
 * (RFC 8446 sections 1.2 and 9.1), so no cipher list is tuned here.
 *
 * <p>Thread safety: stateless; the returned contexts are immutable and shareable.
 */
final class TlsContexts {

    /** The only protocol version offered or accepted. */
    static final String PROTOCOL = "TLSv1.3";

    private TlsContexts() {
    }

    static SslContext server(TlsFiles tls) throws IOException {
        if (!tls.hasKeyPair()) {
            throw new IllegalArgumentException("tls=" + tls + ", allowed: a certificate chain and private key on a server");
        }
        try {
            SslContextBuilder builder = GrpcSslContexts.configure(
                    SslContextBuilder.forServer(tls.certificateChain().toFile(), tls.privateKey().toFile()));
            if (tls.trustedCertificates() != null) {
                builder.trustManager(tls.trustedCertificates().toFile()).clientAuth(ClientAuth.REQUIRE);
            }
            return builder.protocols(PROTOCOL).build();
        } catch (IllegalArgumentException | SSLException e) {
            throw new IOException("cannot use TLS files " + tls + ": " + e.getMessage(), e);
        }
    }

    static SslContext client(TlsFiles tls) throws IOException {
        try {
            SslContextBuilder builder = GrpcSslContexts.forClient();
            if (tls.trustedCertificates() != null) {
                builder.trustManager(tls.trustedCertificates().toFile());
            }
            if (tls.hasKeyPair()) {
                builder.keyManager(tls.certificateChain().toFile(), tls.privateKey().toFile());
            }
            return builder.protocols(PROTOCOL).build();
        } catch (IllegalArgumentException | SSLException e) {
            throw new IOException("cannot use TLS files " + tls + ": " + e.getMessage(), e);
        }
    }
}
