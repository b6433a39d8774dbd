package org.veil.federated.transport;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running gRPC server on Netty: one service behind a chain of interceptors, TLS 1.3 or (on
 * loopback, or with {@code allowPlaintext}) plaintext, with the limits and keepalive of its
 * {@link ServerEndpointOptions}. The plaintext policy is checked before the port is bound, on the
 * same resolved address that is then bound.
 *
 * <p>Thread safety: safe from any thread; {@link #close} may be called more than once.
 * Service methods run on gRPC's default executor (a cached thread pool), so long polls do not
 * starve other calls.
 */
public final class ServerEndpoint implements AutoCloseable {

    private final Server server;
    private final ServerEndpointOptions options;
    private final InetSocketAddress bound;

    private ServerEndpoint(Server server, ServerEndpointOptions options) {
        this.server = server;
        this.options = options;
        this.bound = (InetSocketAddress) server.getListenSockets().get(0);
    }

    /**
     * Binds and starts a server.
     *
     * @param interceptors run in list order: the first sees each call first (put the
     *                     {@link AuthInterceptor} there)
     * @throws IllegalArgumentException if plaintext is refused on the bind address
     * @throws IOException if the host does not resolve, the port cannot be bound, or the TLS files
     *                     cannot be read
     */
    public static ServerEndpoint start(ServerEndpointOptions options, BindableService service,
            List<? extends ServerInterceptor> interceptors) throws IOException {
        InetAddress address = InetAddress.getByName(options.host());
        if (options.tls() == null) {
            boolean loopback = address.isLoopbackAddress() || options.host().equalsIgnoreCase("localhost");
            PlaintextPolicy.requirePlaintextAllowed(options.host(), loopback, "bind address", options.allowPlaintext());
        }
        List<ServerInterceptor> outermostLast = new ArrayList<>(interceptors);
        // ServerInterceptors.intercept calls the last interceptor of its list first
        Collections.reverse(outermostLast);
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(address, options.port()))
                .addService(ServerInterceptors.intercept(service, outermostLast))
                .maxInboundMessageSize(options.maxInboundMessageBytes())
                .maxConcurrentCallsPerConnection(options.maxConcurrentCallsPerConnection())
                .keepAliveTime(options.keepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(options.keepAliveTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .permitKeepAliveTime(options.permitKeepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                .permitKeepAliveWithoutCalls(true);
        builder.handshakeTimeout(options.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (options.tls() != null) {
            builder.sslContext(TlsContexts.server(options.tls()));
        }
        Server server = builder.build().start();
        return new ServerEndpoint(server, options);
    }

    /** The bound port (the ephemeral one when the options asked for port 0). */
    public int port() {
        return address().getPort();
    }

    /** The bound socket address. */
    public InetSocketAddress address() {
        return bound;
    }

    /** Whether connections use TLS. */
    public boolean isTls() {
        return options.tls() != null;
    }

    /** Blocks until the server has shut down. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /**
     * Stops accepting calls, lets running calls finish for the options' {@code shutdownGrace},
     * then cancels the rest. Restores the interrupt flag if interrupted while waiting.
     */
    @Override
    public void close() {
        server.shutdown();
        try {
            if (!server.awaitTermination(options.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                server.shutdownNow();
                server.awaitTermination(options.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "ServerEndpoint[" + address() + (isTls() ? ", TLS]" : ", plaintext]");
    }
}
