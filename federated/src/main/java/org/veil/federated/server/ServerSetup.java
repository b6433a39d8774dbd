package org.veil.federated.server;

import java.nio.file.Path;
import java.util.Objects;
import org.veil.core.data.DataEncoding;
import org.veil.core.data.Dataset;
import org.veil.core.run.RunContext;
import org.veil.federated.model.ModelSpec;

/**
 * Everything a {@link FederatedServer} is built from.
 *
 * @param spec          the model every client trains
 * @param options       rounds, cohort, strategy, DP
 * @param directory     population and reachability
 * @param ctx           seed, noise source, progress, cancellation
 * @param log           the event log
 * @param testData      the server's held-out data for accuracy (null: none)
 * @param checkpointDir where to checkpoint after every round (null: no checkpoints)
 * @param listener      round hooks (never null; use a no-op listener)
 * @param dataEncoding  the table encoding clients must follow, sent when they join (null: none, e.g. images)
 */
public record ServerSetup(ModelSpec spec, FederationOptions options, ClientDirectory directory, RunContext ctx,
        EventLog log, Dataset testData, Path checkpointDir, RoundListener listener, DataEncoding dataEncoding) {

    public ServerSetup {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(listener, "listener");
        if (options.stopAtAccuracy() > 0 && testData == null) {
            throw new IllegalArgumentException("stopAtAccuracy=" + options.stopAtAccuracy() + " needs the server's "
                    + "test data (none was given)");
        }
    }
}
