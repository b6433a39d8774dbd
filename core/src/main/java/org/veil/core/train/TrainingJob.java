package org.veil.core.train;

import java.time.Instant;
import java.util.Map;
import org.veil.core.data.DatasetSplit;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.DataInfo;
import org.veil.core.run.RunContext;

/**
 * The path every training command takes: train on the training split, measure accuracy on the test
 * split, and return the model with a record that carries both (DESIGN.md section 2).
 * Stateless; randomness only through the {@link RunContext}.
 */
public final class TrainingJob {

    private TrainingJob() {
    }

    /** Trains with {@code trainer} on {@code data.train()} and adds {@code testAccuracy} on {@code data.test()}. */
    public static <M extends Classifier> TrainedModel<M> trainAndTest(Trainer<M> trainer, DatasetSplit data,
            RunContext ctx) {
        TrainedModel<M> trained = trainer.train(data.train(), ctx);
        ctx.cancellation().check();
        double testAccuracy = Accuracy.of(trained.model(), data.test());
        DataInfo info = DataInfo.of(data.train().source(), data.train().rows(), data.test().rows());
        return trained.withRecord(trained.record().withData(info)
                .withMetrics(Map.of("testAccuracy", testAccuracy), Instant.now()));
    }
}
