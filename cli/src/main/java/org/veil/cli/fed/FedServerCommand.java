package org.veil.cli.fed;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.OutputOptions;
import org.veil.core.data.DataLoader;
import org.veil.core.data.LoadedData;
import org.veil.core.data.DatasetSplit;
import org.veil.core.run.RunContext;
import org.veil.federated.model.ModelSpec;
import org.veil.federated.protocol.FederationHost;
import org.veil.federated.server.EventLog;
import org.veil.federated.server.FederatedResult;
import org.veil.federated.server.FederationOptions;
import org.veil.federated.server.ServerSetup;
import org.veil.federated.train.FederatedOutput;
import org.veil.federated.transport.ServerEndpointOptions;
import org.veil.federated.transport.TlsFiles;
import org.veil.federated.transport.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil fed server}: a federation server that clients on other machines join over gRPC. */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a federation server: clients authenticate with bearer tokens, pull tasks, send updates.",
            "--data names the feature space (and the server's test split for accuracy); the server never sees "
                    + "the clients' rows. Writes model.zip, record.json, events.jsonl and checkpoint.json to --out; "
                    + "restarted with the same options it resumes from the checkpoint."})
public final class FedServerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", required = true, description = "Port to listen on (0: any free port).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (default 0.0.0.0 with TLS, 127.0.0.1 without).")
    private String host;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "PEM certificate chain (TLS 1.3).")
    private Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "PEM private key (PKCS#8).")
    private Path tlsKey;

    @Option(names = "--allow-plaintext", description = "Accept plaintext on a non-loopback address (tokens travel "
            + "in the clear: for closed test networks only).")
    private boolean allowPlaintext;

    @Option(names = "--tokens", paramLabel = "FILE", required = true,
            description = "Who may join: lines 'CLIENT_ID TOKEN' or 'CLIENT_ID sha256:HEX' (see veil fed tokens).")
    private Path tokens;

    @Option(names = "--session-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "A client silent this long counts as gone. Default: ${DEFAULT-VALUE}.")
    private double sessionTimeout;

    @Mixin
    private DataOptions data;

    @Mixin
    private FedFlags flags;

    @Option(names = "--seed", paramLabel = "N", description = "Reproducible cohorts, initial weights and noise.")
    private Long seed;

    @Mixin
    private OutputOptions output;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean tls = tlsCert != null || tlsKey != null;
        if (tls && (tlsCert == null || tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        if (!(sessionTimeout >= 10)) {
            throw new IllegalArgumentException("--session-timeout=" + sessionTimeout + ", allowed: >= 10 (clients send a "
                    + "heartbeat every 3 s while training)");
        }
        ExistingFiles.require("--tokens", tokens);
        ExistingFiles.require("--tls-cert", tlsCert);
        ExistingFiles.require("--tls-key", tlsKey);
        TokenStore store = TokenStore.load(tokens);
        LoadedData loaded = DataLoader.load(data.toSpec());
        DatasetSplit split = loaded.split();
        FederationOptions options = flags.toOptions();
        Path out = output.directory();
        Files.createDirectories(out);
        String bind = host != null ? host : tls ? "0.0.0.0" : "127.0.0.1";
        ServerEndpointOptions endpoint = ServerEndpointOptions.of(bind, port, tls ? TlsFiles.forServer(tlsCert, tlsKey)
                : null).withAllowPlaintext(allowPlaintext);
        RunContext ctx = RunContext.reproducibleOrSecure(seed);
        ModelSpec modelSpec = flags.modelChoice().spec(split.train().numFeatures(), split.train().numClasses(),
                ctx.seed());
        PrintWriter err = spec.commandLine().getErr();
        FederatedResult result;
        try (EventLog events = EventLog.open(out.resolve("events.jsonl"), line -> {
            err.println(line);
            err.flush();
        })) {
            FederationHost hosting = new FederationHost(endpoint, store, Math.round(sessionTimeout * 1000));
            result = hosting.run((directory, listener) -> new ServerSetup(modelSpec, options, directory, ctx, events,
                    split.test(), out, listener, loaded.encoding()), boundPort -> { });
        }
        FederatedOutput.Written written = FederatedOutput.write(out, modelSpec, options, result, split, ctx);
        report(written);
        return ExitCodes.OK;
    }

    private void report(FederatedOutput.Written w) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> r = new LinkedHashMap<>(w.summary());
        if (json.enabled()) {
            JsonOption.print(out, r);
        } else {
            out.println("federation finished: " + r);
            out.println(output.wroteLine());
        }
        out.flush();
    }
}
