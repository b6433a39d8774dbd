package org.veil.federated.transport;

import java.time.Duration;

/**
 * Where and how a {@link ServerEndpoint} listens.
 *
 * <p>Defaults ({@link #of}) and why:
 * <ul>
 * <li>{@code maxInboundMessageBytes} 8 MiB: a request is one small message or one chunk of a
 *     tensor ({@link TensorChunks#DEFAULT_CHUNK_FLOATS} floats, 1 MiB); large tensors go in many
 *     chunks, so a bigger limit only helps a misbehaving client allocate memory.</li>
 * <li>{@code maxConcurrentCallsPerConnection} 32: a client needs a handful (a long poll, a
 *     download, an upload).</li>
 * <li>{@code keepAliveTime} 2 min, {@code keepAliveTimeout} 20 s: the server pings idle
 *     connections to notice vanished clients.</li>
 * <li>{@code permitKeepAliveTime} 20 s, also without calls: clients ping every
 *     {@link ChannelOptions#DEFAULT_KEEP_ALIVE_TIME} (30 s) to keep NAT and proxy state alive
 *     between rounds; faster pings get the connection closed (gRPC's ENHANCE_YOUR_CALM).</li>
 * <li>{@code handshakeTimeout} 20 s: an unfinished TLS handshake does not hold a connection longer.</li>
 * <li>{@code shutdownGrace} 5 s: {@link ServerEndpoint#close} lets running calls finish this long.</li>
 * </ul>
 *
 * <p>Thread safety: immutable.
 *
 * @param host           address to bind (a name or literal; "0.0.0.0" binds all IPv4 interfaces)
 * @param port           port, 0 for an ephemeral one ({@link ServerEndpoint#port} tells which)
 * @param tls            server certificate and key, or null for plaintext
 * @param allowPlaintext allow plaintext on a non-loopback address ({@link PlaintextPolicy})
 */
public record ServerEndpointOptions(
        String host, int port, TlsFiles tls, boolean allowPlaintext,
        int maxInboundMessageBytes, int maxConcurrentCallsPerConnection,
        Duration keepAliveTime, Duration keepAliveTimeout, Duration permitKeepAliveTime,
        Duration handshakeTimeout, Duration shutdownGrace) {

    /** Default limit of one inbound message. */
    public static final int DEFAULT_MAX_INBOUND_MESSAGE_BYTES = 8 << 20;

    public ServerEndpointOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host='" + host + "', allowed: a host name or address");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port=" + port + ", allowed: 0..65535 (0 = ephemeral)");
        }
        if (tls != null && !tls.hasKeyPair()) {
            throw new IllegalArgumentException("tls=" + tls + ", allowed: null or a certificate chain and key");
        }
        if (maxInboundMessageBytes < 1024) {
            throw new IllegalArgumentException("maxInboundMessageBytes=" + maxInboundMessageBytes + ", allowed: >= 1024");
        }
        if (maxConcurrentCallsPerConnection < 1) {
            throw new IllegalArgumentException("maxConcurrentCallsPerConnection=" + maxConcurrentCallsPerConnection
                    + ", allowed: >= 1");
        }
        ChannelOptions.requirePositive("keepAliveTime", keepAliveTime);
        ChannelOptions.requirePositive("keepAliveTimeout", keepAliveTimeout);
        ChannelOptions.requirePositive("permitKeepAliveTime", permitKeepAliveTime);
        ChannelOptions.requirePositive("handshakeTimeout", handshakeTimeout);
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace=" + shutdownGrace + ", allowed: >= 0");
        }
    }

    /** Defaults (see the class comment); {@code tls} null means plaintext. */
    public static ServerEndpointOptions of(String host, int port, TlsFiles tls) {
        return new ServerEndpointOptions(host, port, tls, false, DEFAULT_MAX_INBOUND_MESSAGE_BYTES, 32,
                Duration.ofMinutes(2), Duration.ofSeconds(20), Duration.ofSeconds(20),
                Duration.ofSeconds(20), Duration.ofSeconds(5));
    }

    public ServerEndpointOptions withAllowPlaintext(boolean allow) {
        return new ServerEndpointOptions(host, port, tls, allow, maxInboundMessageBytes,
                maxConcurrentCallsPerConnection, keepAliveTime, keepAliveTimeout, permitKeepAliveTime,
                handshakeTimeout, shutdownGrace);
    }

    public ServerEndpointOptions withMaxInboundMessageBytes(int bytes) {
        return new ServerEndpointOptions(host, port, tls, allowPlaintext, bytes,
                maxConcurrentCallsPerConnection, keepAliveTime, keepAliveTimeout, permitKeepAliveTime,
                handshakeTimeout, shutdownGrace);
    }

    public ServerEndpointOptions withShutdownGrace(Duration grace) {
        return new ServerEndpointOptions(host, port, tls, allowPlaintext, maxInboundMessageBytes,
                maxConcurrentCallsPerConnection, keepAliveTime, keepAliveTimeout, permitKeepAliveTime,
                handshakeTimeout, grace);
    }
}
