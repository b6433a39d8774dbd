package org.veil.core.tribuo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.veil.core.data.Dataset;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;

/**
 * Non-private multinomial logistic regression through Tribuo ({@code LinearSGDTrainer} with the
 * {@code LogMulticlass} objective and AdaGrad, as Tribuo's {@code LogisticRegressionTrainer}).
 * A linear reference point for the DL4J baseline and a fast model for tests and shadow models.
 *
 * <p>Randomness: Tribuo's shuffling and initialisation are seeded with one draw from
 * {@link RunContext#random()}, so a seed reproduces the run exactly. Tribuo trains in one call:
 * cancellation is polled before and after it, and progress is reported as 0/1 then 1/1.
 *
 * <p>Thread safety: immutable; concurrent {@code train} calls are independent.
 */
public final class TribuoTrainer implements Trainer<TribuoClassifier> {
    /** The {@code method} written to training records. */
    public static final String METHOD = "tribuo-logistic-regression";

    private final LogisticRegressionOptions options;

    /** A trainer with Tribuo's default options. */
    public TribuoTrainer() {
        this(new LogisticRegressionOptions());
    }

    public TribuoTrainer(LogisticRegressionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public LogisticRegressionOptions options() {
        return options;
    }

    @Override
    public TrainedModel<TribuoClassifier> train(Dataset data, RunContext ctx) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ctx, "ctx");
        if (data.rows() == 0) {
            throw new IllegalArgumentException("data has 0 rows, allowed: >= 1");
        }
        TribuoLogging.quiet();
        Instant startedAt = Instant.now();
        String task = "logistic regression";
        ctx.cancellation().check();
        ctx.progress().progress(task, 0, 1);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(options.learningRate(), options.epsilon()), options.epochs(), -1,
                options.minibatchSize(), ctx.random().nextLong());
        MutableDataset<Label> examples = TribuoExamples.dataset(data);
        Model<Label> model = trainer.train(examples);
        ctx.cancellation().check();
        ctx.progress().progress(task, 1, 1);
        TribuoClassifier classifier = new TribuoClassifier(model, data.schema().featureNames(), data.classNames());
        double trainAccuracy = Accuracy.of(classifier, data);
        TrainingRecord record = new TrainingRecord(TrainingRecord.SCHEMA_VERSION, METHOD,
                RecordJson.mapper().valueToTree(options), DataInfo.of(data.source(), data.rows(), null),
                PrivacyInfo.nonPrivate(), Map.of("trainAccuracy", trainAccuracy), ctx.seed(), startedAt,
                Instant.now(), Versions.current(), List.of());
        return new TrainedModel<>(classifier, record);
    }
}
