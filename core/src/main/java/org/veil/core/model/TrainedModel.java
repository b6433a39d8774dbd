package org.veil.core.model;

import java.util.Objects;
import org.veil.core.record.TrainingRecord;

/**
 * A trained model and the record of how it was trained (options, data, privacy ledger, epsilon).
 *
 * @param <M> the model type
 */
public record TrainedModel<M extends Classifier>(M model, TrainingRecord record) {

    public TrainedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(record, "record");
    }

    /** The same model with a record that carries more metrics or notes. */
    public TrainedModel<M> withRecord(TrainingRecord newRecord) {
        return new TrainedModel<>(model, newRecord);
    }
}
