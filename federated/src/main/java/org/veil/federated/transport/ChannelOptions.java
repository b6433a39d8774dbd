package org.veil.federated.transport;

import java.time.Duration;

/**
 * Where and how a client connects ({@link ChannelFactory}).
 *
 * <p>Defaults ({@link #of}) and why:
 * <ul>
 * <li>{@code maxInboundMessageBytes} 8 MiB: replies are small or one tensor chunk (1 MiB).</li>
 * <li>{@code keepAliveTime} {@value #DEFAULT_KEEP_ALIVE_SECONDS} s, also without calls, and
 *     {@code keepAliveTimeout} 20 s: a client holds its channel for the whole run and waits in
 *     long polls; pings keep NAT/proxy state alive and detect a dead server within a minute.
 *     The server permits pings every 20 s ({@link ServerEndpointOptions}); do not go below that.</li>
 * <li>{@code idleTimeout} 30 min: an unused channel drops its connection and reconnects on demand.</li>
 * </ul>
 * Deadlines are per call, not per channel: see {@link CallDeadlines}.
 *
 * <p>Thread safety: immutable.
 *
 * @param host           server host name or address (as it appears in its certificate's SAN)
 * @param port           server port
 * @param tls            trusted CA (and optional client key pair), or null for plaintext
 * @param allowPlaintext allow plaintext to a non-loopback host ({@link PlaintextPolicy})
 */
public record ChannelOptions(String host, int port, TlsFiles tls, boolean allowPlaintext,
        int maxInboundMessageBytes, Duration keepAliveTime, Duration keepAliveTimeout, Duration idleTimeout) {

    static final int DEFAULT_KEEP_ALIVE_SECONDS = 30;
    /** Default client keepalive ping interval. */
    public static final Duration DEFAULT_KEEP_ALIVE_TIME = Duration.ofSeconds(DEFAULT_KEEP_ALIVE_SECONDS);

    public ChannelOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host='" + host + "', allowed: a host name or address");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port=" + port + ", allowed: 1..65535");
        }
        if (maxInboundMessageBytes < 1024) {
            throw new IllegalArgumentException("maxInboundMessageBytes=" + maxInboundMessageBytes + ", allowed: >= 1024");
        }
        requirePositive("keepAliveTime", keepAliveTime);
        requirePositive("keepAliveTimeout", keepAliveTimeout);
        requirePositive("idleTimeout", idleTimeout);
    }

    /** Defaults (see the class comment); {@code tls} null means plaintext. */
    public static ChannelOptions of(String host, int port, TlsFiles tls) {
        return new ChannelOptions(host, port, tls, false, ServerEndpointOptions.DEFAULT_MAX_INBOUND_MESSAGE_BYTES,
                DEFAULT_KEEP_ALIVE_TIME, Duration.ofSeconds(20), Duration.ofMinutes(30));
    }

    public ChannelOptions withAllowPlaintext(boolean allow) {
        return new ChannelOptions(host, port, tls, allow, maxInboundMessageBytes, keepAliveTime, keepAliveTimeout,
                idleTimeout);
    }

    public ChannelOptions withMaxInboundMessageBytes(int bytes) {
        return new ChannelOptions(host, port, tls, allowPlaintext, bytes, keepAliveTime, keepAliveTimeout,
                idleTimeout);
    }

    static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + "=" + value + ", allowed: > 0");
        }
    }
}
