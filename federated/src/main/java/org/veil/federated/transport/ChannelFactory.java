package org.veil.federated.transport;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Builds client channels to a federated server: TLS 1.3 (RFC 8446) trusting the given CA file or
 * the JVM's default trust store, or plaintext to a loopback host (or anywhere with
 * {@code allowPlaintext}). The plaintext policy is decided here, before anything dials; gRPC
 * connects lazily on the first call. Host names are verified against the server certificate's
 * subject alternative names (HTTPS endpoint identification, as gRPC configures it).
 *
 * <p>Thread safety: stateless; the returned channel is thread safe and meant to be shared by all
 * of a client's stubs, then closed with {@code shutdown()}.
 */
public final class ChannelFactory {

    private ChannelFactory() {
    }

    /**
     * @throws IllegalArgumentException if plaintext is refused for the target host
     * @throws IOException if the TLS files cannot be read
     */
    public static ManagedChannel create(ChannelOptions options) throws IOException {
        if (options.tls() == null) {
            PlaintextPolicy.requirePlaintextAllowed(options.host(), "target host", options.allowPlaintext());
        }
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(options.host(), options.port())
                .maxInboundMessageSize(options.maxInboundMessageBytes())
                .keepAliveTime(options.keepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(options.keepAliveTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveWithoutCalls(true)
                .idleTimeout(options.idleTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .userAgent("veil-federated");
        if (options.tls() == null) {
            builder.usePlaintext();
        } else {
            builder.sslContext(TlsContexts.client(options.tls()));
        }
        return builder.build();
    }
}
