package org.veil.cli.fed;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.OutputOptions;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;
import org.veil.core.train.TrainingJob;
import org.veil.federated.client.Behaviour;
import org.veil.federated.partition.PartitionScheme;
import org.veil.federated.server.EventLog;
import org.veil.federated.server.ServerCheckpoint;
import org.veil.federated.sim.SimulationOptions;
import org.veil.federated.train.FederatedOutput;
import org.veil.federated.train.FederatedTrainer;
import org.veil.federated.train.FederatedTrainerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil fed simulate}: N virtual clients on a thread pool, through the real protocol in-process. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate federated training: the training split is spread over N virtual clients (IID or "
                + "Dirichlet label skew) that run the real client and server code over gRPC's in-process transport.",
            "Writes model.zip, record.json and events.jsonl; checkpoints after every round (--resume continues)."})
public final class FedSimulateCommand implements Callable<Integer> {
    /** Events echoed to standard error (all go to events.jsonl). */
    static final Set<String> ECHOED = Set.of("round_completed", "round_retried", "update_rejected", "auth_rejected",
            "join_rejected", "resumed");

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private FedFlags flags;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "100", description = "Virtual clients. "
            + "Default: ${DEFAULT-VALUE}.")
    private int clients;

    @Option(names = "--partition", paramLabel = "iid|dirichlet:A", defaultValue = "iid",
            description = "How rows are spread: iid, or dirichlet:ALPHA label skew. Default: ${DEFAULT-VALUE}.")
    private String partition;

    @Option(names = "--threads", paramLabel = "T", description = "Clients trained at once (default: the cores).")
    private Integer threads;

    @Option(names = "--malicious", paramLabel = "K", defaultValue = "0",
            description = "Drill: the first K clients misbehave (see --malicious-behaviour). Default: ${DEFAULT-VALUE}.")
    private int malicious;

    @Option(names = "--malicious-behaviour", paramLabel = "B", defaultValue = "flip-scale",
            description = "flip-scale (send -10 x update), garbage (NaN) or wrong-length. Default: ${DEFAULT-VALUE}.")
    private String maliciousBehaviour;

    @Option(names = "--seed", paramLabel = "N", description = "Reproducible run (partition, cohorts, noise); without it "
            + "noise and DP cohorts come from a secure generator.")
    private Long seed;

    @Option(names = "--resume", description = "Continue the checkpoint in OUT (same data, seed and options).")
    private boolean resume;

    @Mixin
    private OutputOptions output;

    @Option(names = "--quiet", description = "No per-round lines on standard error.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() throws IOException {
        Path out = output.directory();
        if (Files.exists(out.resolve(ServerCheckpoint.FILE_NAME)) && !resume) {
            throw new IllegalArgumentException(out.resolve(ServerCheckpoint.FILE_NAME) + " holds a checkpoint of an "
                    + "earlier run: pass --resume to continue it, or choose another --out");
        }
        if (resume && seed == null) {
            throw new IllegalArgumentException("--resume needs the run's --seed (the partition and cohorts derive from it)");
        }
        DatasetSplit split = DataLoader.load(data.toSpec()).split();
        int t = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        SimulationOptions sim = new SimulationOptions(clients, PartitionScheme.parse(partition), t, malicious,
                Behaviour.parse(maliciousBehaviour));
        FederatedTrainerOptions options = new FederatedTrainerOptions(flags.modelChoice(), flags.toOptions(), sim);
        Files.createDirectories(out);
        PrintWriter err = spec.commandLine().getErr();
        TrainedModel<Dl4jClassifier> trained;
        try (EventLog events = EventLog.open(out.resolve("events.jsonl"), line -> echo(err, line))) {
            FederatedTrainer trainer = new FederatedTrainer(options).withLog(events).withEvaluation(split.test())
                    .withCheckpoints(out);
            RunContext ctx = RunContext.reproducibleOrSecure(seed);
            trained = TrainingJob.trainAndTest(trainer, split, ctx);
        }
        output.write(trained);
        report(trained);
        return ExitCodes.OK;
    }

    private void echo(PrintWriter err, String line) {
        if (!quiet && !json.enabled() && ECHOED.contains(line.split(" ", 2)[0])) {
            err.println(line);
            err.flush();
        }
    }

    private void report(TrainedModel<Dl4jClassifier> trained) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> result = FederatedOutput.summary(trained.record(), output.directory());
        if (json.enabled()) {
            JsonOption.print(out, result);
            return;
        }
        out.printf(Locale.ROOT, "%s: test accuracy %.4f after %d rounds; epsilon = %s at delta = %s; dropped %d, "
                + "rejected %d updates%n", result.get("method"), (Double) result.get("testAccuracy"),
                (Integer) result.get("rounds"), result.get("epsilon"), result.get("delta"), result.get("droppedUpdates"),
                result.get("rejectedUpdates"));
        out.println(output.wroteLine());
        out.flush();
    }
}
