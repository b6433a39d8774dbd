package org.veil.cli.fed;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.core.data.ColumnRenames;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.Dataset;
import org.veil.core.error.VeilException;
import org.veil.federated.client.Behaviour;
import org.veil.federated.client.ClientData;
import org.veil.federated.client.FederatedClient;
import org.veil.federated.partition.PartitionScheme;
import org.veil.federated.partition.Partitioner;
import org.veil.federated.transport.BearerCredentials;
import org.veil.federated.transport.ChannelFactory;
import org.veil.federated.transport.ChannelOptions;
import org.veil.federated.transport.TlsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil fed client}: join a federation server and train on local rows until it finishes. */
@Command(name = "client", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join a federation: pull tasks, train on this machine's rows, send updates (never rows).",
            "A CSV file (all its rows) is encoded with the server's statistics, categories and classes, sent when "
                    + "the client joins; it needs the server's columns. Built-in data or an MNIST directory must be "
                    + "the server's. --shard K/N takes the K-th of N equal shares of the rows."})
public final class FedClientCommand implements Callable<Integer> {

    /** Heartbeat period while training; servers must allow sessions longer than this (--session-timeout). */
    static final long HEARTBEAT_MILLIS = 3000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "HOST:PORT", required = true, description = "The server.")
    private String server;

    @Option(names = "--id", paramLabel = "ID", required = true, description = "This client's id (from the tokens file).")
    private String id;

    @Option(names = "--token", paramLabel = "TOKEN|@FILE", required = true,
            description = "Bearer token, or @FILE to read it from a file (keeps it out of the process list).")
    private String token;

    @Option(names = "--tls-ca", paramLabel = "FILE", description = "PEM certificate(s) to trust for the server (TLS 1.3).")
    private Path tlsCa;

    @Option(names = "--allow-plaintext", description = "Connect without TLS to a non-loopback server (test networks only).")
    private boolean allowPlaintext;

    @Mixin
    private DataOptions data;

    @Option(names = "--shard", paramLabel = "K/N", description = "Use only share K (1-based) of N IID shares.")
    private String shard;

    @Option(names = "--rename", paramLabel = "LOCAL=SERVER", split = ",", description = "With a CSV file: read its "
            + "column LOCAL as the server's column SERVER (the server's encoding finds columns by name), e.g. "
            + "--rename yrs=age,town=city.")
    private List<String> rename = new ArrayList<>();

    @Option(names = "--behaviour", paramLabel = "B", defaultValue = "honest", hidden = true,
            description = "Drill: honest, garbage, wrong-length or flip-scale.")
    private String behaviour;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int colon = server.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--server=" + server + ", allowed: HOST:PORT");
        }
        int port;
        try {
            port = Integer.parseInt(server.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--server=" + server + ": port is not a number", e);
        }
        ExistingFiles.require("--tls-ca", tlsCa);
        if (token.startsWith("@")) {
            ExistingFiles.require("--token", Path.of(token.substring(1)));
        }
        ClientData rows = clientData(data.toSpec());
        String secret = token.startsWith("@") ? Files.readString(Path.of(token.substring(1)), StandardCharsets.UTF_8)
                .strip() : token;
        ChannelOptions options = ChannelOptions.of(server.substring(0, colon), port,
                tlsCa != null ? TlsFiles.forClient(tlsCa) : null).withAllowPlaintext(allowPlaintext);
        ManagedChannel channel = ChannelFactory.create(options);
        PrintWriter err = spec.commandLine().getErr();
        try {
            FederatedClient client = new FederatedClient(id, channel, new BearerCredentials(id, secret, allowPlaintext),
                    rows, Behaviour.parse(behaviour), line -> {
                        err.println(line);
                        err.flush();
                    });
            int tasks = client.withHeartbeat(HEARTBEAT_MILLIS).run();
            spec.commandLine().getOut().println("tasks done: " + tasks);
            return ExitCodes.OK;
        } catch (StatusRuntimeException e) {
            throw new VeilException("server " + server + " refused or failed: " + e.getStatus().getCode() + " "
                    + (e.getStatus().getDescription() == null ? "" : e.getStatus().getDescription()), e);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** A CSV file waits for the server's encoding; built-in data and IDX directories are encoded as usual. */
    private ClientData clientData(DataSpec spec) {
        String d = spec.data();
        boolean csv = !"adult".equals(d) && !"credit".equals(d) && !Files.isDirectory(Path.of(d));
        if (!csv) {
            if (!rename.isEmpty()) {
                throw new IllegalArgumentException("--rename applies to a CSV file, not --data=" + d);
            }
            return ClientData.of(shard(DataLoader.load(spec).split().train()));
        }
        ExistingFiles.require("--data", Path.of(d));
        ColumnRenames renames = ColumnRenames.parse(rename);
        return encoding -> {
            if (encoding == null) {
                throw new IllegalArgumentException("--data=" + d + " is a CSV file, but the server's data has no table "
                        + "encoding (image data): use the server's data set");
            }
            return shard(DataLoader.encodeWith(spec, encoding, renames));
        };
    }

    private Dataset shard(Dataset train) {
        if (shard == null) {
            return train;
        }
        String[] kn = shard.split("/");
        int k;
        int n;
        try {
            k = Integer.parseInt(kn[0].strip());
            n = Integer.parseInt(kn[1].strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--shard=" + shard + ", allowed: K/N with 1 <= K <= N", e);
        }
        if (kn.length != 2 || n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("--shard=" + shard + ", allowed: K/N with 1 <= K <= N");
        }
        int[][] parts = Partitioner.split(train.labels(), train.numClasses(), n, new PartitionScheme.Iid(),
                new SplittableRandom(data.toSpec().seed()));
        return train.subset(parts[k - 1], "shard-" + k + "-of-" + n);
    }
}
