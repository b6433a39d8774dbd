package org.veil.core.model;

import org.veil.core.data.Dataset;
import org.veil.core.run.RunContext;

/**
 * Trains a model on a data set. Private and non-private trainers share this shape so that attacks
 * and experiments can train shadow models with the target's own trainer.
 *
 * <p>All randomness comes from {@link RunContext}; a trainer holds only its options.
 *
 * @param <M> the model type produced
 */
public interface Trainer<M extends Classifier> {

    /** Trains on {@code data}; the returned record is created here and describes exactly this run. */
    TrainedModel<M> train(Dataset data, RunContext ctx);
}
