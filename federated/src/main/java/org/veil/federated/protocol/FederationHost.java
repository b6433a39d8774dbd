package org.veil.federated.protocol;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.veil.federated.server.FederatedResult;
import org.veil.federated.server.FederatedServer;
import org.veil.federated.server.RoundListener;
import org.veil.federated.server.ServerSetup;
import org.veil.federated.server.SessionRegistry;
import org.veil.federated.transport.AuthInterceptor;
import org.veil.federated.transport.ServerEndpoint;
import org.veil.federated.transport.ServerEndpointOptions;
import org.veil.federated.transport.TokenStore;

/**
 * A federation server on the network: the gRPC endpoint (TLS 1.3 when certificates are given;
 * plaintext only on loopback unless allowed), bearer-token authentication against the tokens file,
 * sessions, and the round loop. Every authentication failure is logged with its reason
 * ({@code auth_rejected}).
 *
 * <p>Thread safety: one {@link #run} per instance.
 */
public final class FederationHost {

    /** Builds the server's setup once the population is known. */
    @FunctionalInterface
    public interface SetupFactory {
        ServerSetup create(TokenDirectory directory, RoundListener listener);
    }

    /** How long the server stays up after the last round so that polling clients learn it is done. */
    static final long DONE_GRACE_MILLIS = 1500;

    private final ServerEndpointOptions endpoint;
    private final TokenStore tokens;
    private final long sessionTimeoutMillis;

    /**
     * @param endpoint             where and how to listen
     * @param tokens               who may join
     * @param sessionTimeoutMillis a client unseen for this long is treated as gone
     */
    public FederationHost(ServerEndpointOptions endpoint, TokenStore tokens, long sessionTimeoutMillis) {
        this.endpoint = endpoint;
        this.tokens = tokens;
        this.sessionTimeoutMillis = sessionTimeoutMillis;
    }

    /**
     * Listens, runs every round, shuts down.
     *
     * @param factory the setup (model, options, log)
     * @param onPort  told the bound port once listening (for port 0)
     */
    public FederatedResult run(SetupFactory factory, IntConsumer onPort) throws IOException, InterruptedException {
        SessionRegistry sessions = new SessionRegistry(sessionTimeoutMillis, System::currentTimeMillis,
                new SecureRandom());
        TokenDirectory directory = new TokenDirectory(tokens, sessions);
        ServerSetup setup = factory.create(directory, new RoundListener() { });
        FederatedServer server = new FederatedServer(setup);
        FederationService service = FederationService.of(sessions, server, setup);
        AuthInterceptor auth = FederationService.authentication(tokens, setup.log());
        try (ServerEndpoint listening = ServerEndpoint.start(endpoint, service, List.of(auth))) {
            setup.log().event("listening", Map.of("address", listening.address().toString(), "tls", listening.isTls(),
                    "population", directory.population().size()));
            onPort.accept(listening.port());
            FederatedResult result = server.run();
            Thread.sleep(DONE_GRACE_MILLIS); // let clients polling now hear DONE before the socket closes
            return result;
        }
    }
}
