package org.veil.evaluate.shadow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.tribuo.LogisticRegressionOptions;
import org.veil.core.tribuo.TribuoTrainer;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.dpsgd.DpSgdTrainer;

/**
 * Rebuilds the trainer that made a model from its {@code record.json} ({@code method} and
 * {@code options}), so that shadow and reference models are trained exactly like the target
 * (Shokri et al. 2017, section IV-B: shadow models imitate the target's training). Methods without
 * a trainer here (later modules add theirs) are refused with the list of known ones. Stateless.
 */
public final class TargetTrainers {

    private TargetTrainers() {
    }

    /** The trainer with the record's options. */
    public static Trainer<? extends Classifier> fromRecord(TrainingRecord record) {
        return of(record.method(), record.options());
    }

    /** The trainer for {@code method} with {@code options} as written in a record. */
    public static Trainer<? extends Classifier> of(String method, JsonNode options) {
        try {
            return switch (method) {
                case BaselineTrainer.METHOD -> new BaselineTrainer(read(options, BaselineOptions.class));
                case DpSgdTrainer.METHOD -> new DpSgdTrainer(read(options, DpSgdOptions.class));
                case TribuoTrainer.METHOD -> new TribuoTrainer(read(options, LogisticRegressionOptions.class));
                default -> throw new IllegalArgumentException("method=" + method + ", allowed: "
                        + BaselineTrainer.METHOD + ", " + DpSgdTrainer.METHOD + ", " + TribuoTrainer.METHOD
                        + " (no trainer to build shadow models like this target)");
            };
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the record's options do not describe a " + method + " run: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(JsonNode options, Class<T> type) throws JsonProcessingException {
        return RecordJson.mapper().treeToValue(options, type);
    }
}
