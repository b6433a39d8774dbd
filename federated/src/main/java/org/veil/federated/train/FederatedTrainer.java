package org.veil.federated.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.DataInfo;
import org.veil.core.run.RunContext;
import org.veil.federated.model.ModelSpec;
import org.veil.federated.server.EventLog;
import org.veil.federated.server.FederatedResult;
import org.veil.federated.server.FederationOptions;
import org.veil.federated.server.ServerSetup;
import org.veil.federated.sim.FederatedSimulation;

/**
 * Federated training as a {@link Trainer}: the data is spread over simulated clients which train
 * through the real protocol ({@link FederatedSimulation}); the result is the final global model.
 * FedAvg, FedProx, FedAdam/FedYogi/FedAdagrad, robust rules, or DP-FedAvg with user-level ε.
 *
 * <pre>{@code
 * TrainedModel<Dl4jClassifier> m = new FederatedTrainer(options).train(adultTrain, RunContext.seeded(1));
 * }</pre>
 *
 * <p>Thread safety: immutable; each call runs its own federation. Randomness: as
 * {@link org.veil.federated.server.FederatedServer}; the partition and initial weights come from the
 * context's seed.
 */
public final class FederatedTrainer implements Trainer<Dl4jClassifier> {

    private final FederatedTrainerOptions options;
    private final EventLog log;
    private final Dataset evaluation;
    private final Path checkpointDir;

    public FederatedTrainer(FederatedTrainerOptions options) {
        this(options, null, null, null);
    }

    private FederatedTrainer(FederatedTrainerOptions options, EventLog log, Dataset evaluation, Path checkpointDir) {
        this.options = Objects.requireNonNull(options, "options");
        this.log = log;
        this.evaluation = evaluation;
        this.checkpointDir = checkpointDir;
    }

    /** Logs events to {@code eventLog} (default: kept in memory, no lines). */
    public FederatedTrainer withLog(EventLog eventLog) {
        return new FederatedTrainer(options, eventLog, evaluation, checkpointDir);
    }

    /** The server measures accuracy on {@code test} (every {@code evaluateEvery} rounds of the options). */
    public FederatedTrainer withEvaluation(Dataset test) {
        return new FederatedTrainer(options, log, test, checkpointDir);
    }

    /** Checkpoint after every round into {@code dir}, and resume from a checkpoint found there. */
    public FederatedTrainer withCheckpoints(Path dir) {
        return new FederatedTrainer(options, log, evaluation, dir);
    }

    /** The record's {@code method}: {@code dp-fedavg} with DP, else the strategy's name. */
    public static String method(FederationOptions o) {
        return o.isPrivate() ? "dp-" + o.strategy().name() : o.strategy().name();
    }

    @Override
    public TrainedModel<Dl4jClassifier> train(Dataset data, RunContext ctx) {
        Instant started = Instant.now();
        ModelSpec spec = options.model().spec(data.numFeatures(), data.numClasses(), ctx.seed());
        EventLog events = log != null ? log : EventLog.inMemory(line -> { });
        FederatedSimulation sim = new FederatedSimulation((directory, listener) -> new ServerSetup(spec,
                options.federation(), directory, ctx, events, evaluation, checkpointDir, listener, null),
                options.simulation());
        FederatedResult result;
        try {
            result = sim.run(data, ctx.seed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Dl4jClassifier model = spec.build(options.federation().local().learningRate(), result.parameters());
        FederatedRecord.Run run = new FederatedRecord.Run(method(options.federation()), options, options.federation(),
                options.simulation().clients(), DataInfo.of(data.source(), data.rows(), null));
        return new TrainedModel<>(model, FederatedRecord.of(run, result, ctx, started));
    }
}
