package org.veil.core.train;

import java.util.Objects;
import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.DataInfo;
import org.veil.core.record.TrainingRecord;
import org.veil.core.run.RunContext;

/**
 * Trains another trainer on its data plus shifted copies ({@link ShiftAugmentation}). The copies
 * are drawn from a generator seeded by one draw of the run's generator, then the inner trainer gets
 * the same context. The record is the inner trainer's, with the original row count and a note
 * naming the augmentation. Not for DP-SGD trainers (see {@link ShiftAugmentation}).
 *
 * <p>Thread safety: immutable; one instance may train several models concurrently.
 */
public final class AugmentedTrainer<M extends Classifier> implements Trainer<M> {
    private final Trainer<M> inner;
    private final ShiftAugmentation augmentation;

    public AugmentedTrainer(Trainer<M> inner, ShiftAugmentation augmentation) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.augmentation = Objects.requireNonNull(augmentation, "augmentation");
    }

    /** {@code trainer} itself when {@code augmentation} adds no copies, else an augmenting wrapper. */
    public static <M extends Classifier> Trainer<M> of(Trainer<M> trainer, ShiftAugmentation augmentation) {
        return augmentation.copies() == 0 ? trainer : new AugmentedTrainer<>(trainer, augmentation);
    }

    public ShiftAugmentation augmentation() {
        return augmentation;
    }

    @Override
    public TrainedModel<M> train(Dataset data, RunContext ctx) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ctx, "ctx");
        Dataset augmented = augmentation.apply(data, new SplittableRandom(ctx.random().nextLong()));
        TrainedModel<M> trained = inner.train(augmented, ctx);
        TrainingRecord r = trained.record();
        DataInfo d = r.data();
        TrainingRecord fixed = r.withData(new DataInfo(d.name(), d.location(), d.rows(), d.sha256(), data.rows(),
                d.testRows())).withNote("trained on " + data.rows() + " rows plus " + augmentation.copies()
                + " shifted cop" + (augmentation.copies() == 1 ? "y" : "ies") + " of each (shifts up to "
                + augmentation.maxShift() + " px; " + augmented.rows() + " rows in all)");
        return trained.withRecord(fixed);
    }
}
