package org.veil.core.train;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.Dl4jFitter;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;

/**
 * The non-private baseline: plain minibatch training of a DL4J network, every epoch a fresh
 * shuffle of the rows split into consecutive batches (the last one may be smaller). It is what the
 * private methods are compared against, and it gives no privacy guarantee ({@code epsilon = ∞}).
 *
 * <p>Randomness: the weight-initialisation seed and every shuffle come from
 * {@link RunContext#random()}, in that order, so one seed gives the same run; bitwise-identical
 * parameters additionally need the same ND4J thread count ({@code OMP_NUM_THREADS}), because float
 * sums are reduced in a thread-dependent order. Progress is reported once per batch; the
 * cancellation flag is polled before every batch.
 *
 * <p>Thread safety: immutable; one instance may train several models concurrently, each with its
 * own {@link RunContext}.
 */
public final class BaselineTrainer implements Trainer<Dl4jClassifier> {
    /** The {@code method} written to training records. */
    public static final String METHOD = "baseline";

    private final BaselineOptions options;

    /** A trainer with the default options. */
    public BaselineTrainer() {
        this(new BaselineOptions());
    }

    public BaselineTrainer(BaselineOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public BaselineOptions options() {
        return options;
    }

    @Override
    public TrainedModel<Dl4jClassifier> train(Dataset data, RunContext ctx) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ctx, "ctx");
        if (data.rows() == 0) {
            throw new IllegalArgumentException("data has 0 rows, allowed: >= 1");
        }
        options.network().checkInputWidth(data.numFeatures());
        Instant startedAt = Instant.now();
        SplittableRandom random = ctx.random();
        Dl4jClassifier model = Dl4jClassifier.initialise(options.network(), data.numFeatures(), data.numClasses(),
                options.optimizer(), options.l2(), random.nextLong());
        try (Dl4jFitter fitter = model.fitter(data)) {
            runEpochs(fitter, random, ctx);
        }
        double trainAccuracy = Accuracy.of(model, data);
        TrainingRecord record = new TrainingRecord(TrainingRecord.SCHEMA_VERSION, METHOD,
                RecordJson.mapper().valueToTree(options), DataInfo.of(data.source(), data.rows(), null),
                PrivacyInfo.nonPrivate(), Map.of("trainAccuracy", trainAccuracy), ctx.seed(), startedAt,
                Instant.now(), Versions.current(), List.of());
        return new TrainedModel<>(model, record);
    }

    private void runEpochs(Dl4jFitter fitter, SplittableRandom random, RunContext ctx) {
        int n = fitter.rows();
        int batch = Math.min(options.batchSize(), n);
        int batchesPerEpoch = (n + batch - 1) / batch;
        long total = (long) batchesPerEpoch * options.epochs();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long done = 0;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Randomness.shuffle(order, random);
            String task = "epoch " + epoch + "/" + options.epochs();
            for (int from = 0; from < n; from += batch) {
                ctx.cancellation().check();
                double loss = fitter.fitBatch(order, from, Math.min(n, from + batch));
                if (!Double.isFinite(loss)) {
                    throw new IllegalStateException("training diverged: loss=" + loss + " in " + task
                            + "; try a smaller learningRate than " + options.optimizer().learningRate());
                }
                ctx.progress().progress(task, ++done, total);
            }
        }
    }
}
