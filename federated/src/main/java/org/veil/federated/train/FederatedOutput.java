package org.veil.federated.train;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.record.DataInfo;
import org.veil.core.record.RunDirectory;
import org.veil.core.record.TrainingRecord;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.federated.model.ModelSpec;
import org.veil.federated.server.FederatedResult;
import org.veil.federated.server.FederationOptions;

/**
 * Writes what a networked federation produced ({@code model.zip}, {@code record.json}) and the
 * summary that {@code --json} prints. Stateless.
 */
public final class FederatedOutput {

    private FederatedOutput() {
    }

    /**
     * What was written.
     *
     * @param trained the final model and its record
     * @param summary the {@code --json} fields
     */
    public record Written(TrainedModel<Dl4jClassifier> trained, Map<String, Object> summary) {
    }

    /**
     * Builds the model and record of a server run and writes them into {@code dir}.
     *
     * @param dir     the output directory
     * @param spec    the federation's model
     * @param options the server's options
     * @param result  what the rounds produced
     * @param split   the server's data (its test split measures accuracy; its train split only names the data)
     * @param ctx     the run's context
     */
    public static Written write(Path dir, ModelSpec spec, FederationOptions options, FederatedResult result,
            DatasetSplit split, RunContext ctx) throws IOException {
        Dl4jClassifier model = spec.build(options.local().learningRate(), result.parameters());
        FederatedRecord.Run run = new FederatedRecord.Run(FederatedTrainer.method(options), options, options,
                result.population(), DataInfo.of(split));
        TrainingRecord record = FederatedRecord.of(run, result, ctx, Instant.ofEpochMilli(System.currentTimeMillis()
                - result.millis()));
        record = record.withMetrics(Map.of("testAccuracy", Accuracy.of(model, split.test())), Instant.now());
        TrainedModel<Dl4jClassifier> trained = new TrainedModel<>(model, record);
        RunDirectory.write(dir, trained);
        return new Written(trained, summary(record, dir));
    }

    /** The {@code --json} fields of a federated run's record (docs/federated.md). */
    public static Map<String, Object> summary(TrainingRecord record, Path dir) {
        Map<String, Double> m = record.metrics();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("method", record.method());
        r.put("testAccuracy", m.get("testAccuracy"));
        r.put("rounds", m.get("rounds").intValue());
        r.put("epsilon", record.privacy().epsilon());
        r.put("delta", record.privacy().delta());
        r.put("clientsPerRound", m.get("clientsPerRound").intValue());
        r.put("droppedUpdates", m.get("droppedUpdates").intValue());
        r.put("rejectedUpdates", m.get("rejectedUpdates").intValue());
        r.put("model", dir.resolve(RunDirectory.MODEL_FILE).toString());
        r.put("record", dir.resolve("record.json").toString());
        return r;
    }
}
