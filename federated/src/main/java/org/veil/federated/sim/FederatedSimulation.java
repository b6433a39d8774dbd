package org.veil.federated.sim;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jThreads;
import org.veil.core.run.Randomness;
import org.veil.federated.client.FederatedClient;
import org.veil.federated.client.ModelPool;
import org.veil.federated.protocol.FederationService;
import org.veil.federated.server.EventLog;
import org.veil.federated.server.FederatedResult;
import org.veil.federated.server.FederatedServer;
import org.veil.federated.server.RoundListener;
import org.veil.federated.server.ServerSetup;
import org.veil.federated.server.SessionRegistry;
import org.veil.federated.transport.AuthInterceptor;
import org.veil.federated.transport.BearerCredentials;
import org.veil.federated.transport.TokenFiles;
import org.veil.federated.transport.TokenStore;

/**
 * Runs a federation of N virtual clients in one process through the very code a real deployment
 * runs: the same gRPC service, authentication interceptor (with generated tokens), chunked
 * transfers and client, over gRPC's in-process transport instead of TLS sockets. When a round opens,
 * the sampled clients are materialised and run their task on a pool of {@code threads} workers;
 * afterwards they are dropped again.
 *
 * <p>Thread safety: one run per instance. Randomness: the partition comes from the run's seed;
 * rounds as in {@link FederatedServer}.
 */
public final class FederatedSimulation {

    private final ServerSetupFactory setupFactory;
    private final SimulationOptions options;

    /** Builds the server's setup once the population exists. */
    @FunctionalInterface
    public interface ServerSetupFactory {
        ServerSetup create(org.veil.federated.server.ClientDirectory directory, RoundListener listener);
    }

    public FederatedSimulation(ServerSetupFactory setupFactory, SimulationOptions options) {
        this.setupFactory = setupFactory;
        this.options = options;
    }

    /**
     * Runs all rounds.
     *
     * @param train the rows to spread over the clients
     * @param seed  seed of the partition
     */
    public FederatedResult run(Dataset train, long seed) throws IOException, InterruptedException {
        // clients training side by side each get one native thread, as evaluate's and PATE's worker pools do:
        // ND4J's default (all cores per op in every training thread) oversubscribes the cores
        boolean parallel = options.threads() > 1;
        int threadsBefore = Dl4jThreads.current();
        if (parallel) {
            Dl4jThreads.set(1);
        }
        try {
            return simulate(train, seed, parallel);
        } finally {
            if (parallel) {
                Dl4jThreads.set(Math.max(1, threadsBefore));
            }
        }
    }

    private FederatedResult simulate(Dataset train, long seed, boolean parallel)
            throws IOException, InterruptedException {
        VirtualClients clients = new VirtualClients(train, options, new SplittableRandom(Randomness.derive(seed, 7)));
        Map<String, String> tokens = tokens(clients.population());
        List<String> lines = new ArrayList<>();
        tokens.forEach((id, t) -> lines.add(id + " " + t));
        TokenStore store = TokenStore.parse("simulation tokens", lines);
        ExecutorService[] pool = new ExecutorService[1];
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(options.threads());
        String name = "veil-sim-" + System.nanoTime();
        ManagedChannel channel = InProcessChannelBuilder.forName(name).build();
        List<Future<?>> running = new ArrayList<>();
        ModelPool models = new ModelPool();
        EventLog[] log = new EventLog[1];
        RoundListener listener = new RoundListener() {
            @Override
            public void roundOpened(int round, int attempt, List<String> cohort) {
                running.removeIf(Future::isDone);
                clients.newRound();
                for (String id : cohort) {
                    running.add(pool[0].submit(() -> runClient(id)));
                }
            }

            private void runClient(String id) {
                try {
                    if (parallel) {
                        Dl4jThreads.set(1);
                    }
                    new FederatedClient(id, channel, new BearerCredentials(id, tokens.get(id), false), clients.data(id),
                            clients.behaviour(id), line -> { }).withModelPool(models).withTrainingSlots(slots)
                            .runOneTask();
                } catch (RuntimeException e) {
                    clients.markGone(id);
                    log[0].event("client_failed", Map.of("client", id, "reason", String.valueOf(e.getMessage())));
                }
            }
        };
        ServerSetup setup = createSetup(clients, listener, channel);
        log[0] = setup.log();
        // secure rounds are stage barriers: every cohort member needs its own thread; training is still
        // limited to `threads` at once by the slots
        pool[0] = setup.options().secureAggregation() != null ? Executors.newCachedThreadPool()
                : Executors.newFixedThreadPool(options.threads());
        ExecutorService workers = pool[0];
        FederatedServer server = new FederatedServer(setup);
        SessionRegistry sessions = new SessionRegistry(600_000, System::currentTimeMillis, new SecureRandom());
        FederationService service = FederationService.of(sessions, server, setup);
        AuthInterceptor auth = FederationService.authentication(store, setup.log());
        Server grpc = InProcessServerBuilder.forName(name).addService(ServerInterceptors.intercept(service, auth))
                .build().start();
        try {
            return server.run();
        } finally {
            for (Future<?> f : running) {
                f.cancel(true);
            }
            // clients first (an interrupted blocking call ends), then the transport: shutting the in-process
            // channel down while a client starts a call trips a grpc-java race that logs "Panic!" (NPE in
            // InProcessTransport's cancel); harmless, but it alarmed anyone reading the log
            workers.shutdownNow();
            workers.awaitTermination(30, TimeUnit.SECONDS);
            channel.shutdownNow();
            grpc.shutdownNow();
        }
    }

    /** The server's setup; if it cannot be made, the channel (the only thing started so far) is closed. */
    private ServerSetup createSetup(VirtualClients clients, RoundListener listener, ManagedChannel channel) {
        try {
            return setupFactory.create(clients, listener);
        } catch (RuntimeException e) {
            channel.shutdownNow();
            throw e;
        }
    }

    private static Map<String, String> tokens(List<String> ids) {
        SecureRandom random = new SecureRandom();
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, TokenFiles.newToken(random));
        }
        return out;
    }
}
