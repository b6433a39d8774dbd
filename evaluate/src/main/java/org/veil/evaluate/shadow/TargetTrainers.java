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
import org.veil.pate.PateTrainer;

/**
 * Rebuilds the trainer that made a model from its {@code record.json} ({@code method} and
 * {@code options}), so that shadow and reference models are trained exactly like the target
 * (Shokri et al. 2017, section IV-B: shadow models imitate the target's training). Methods without
 * a trainer here (later modules add theirs) are refused with the list of known ones.
 *
 * <p>PATE ({@value PateTrainer#METHOD}) cannot be rebuilt from a record: its student learnt from
 * public rows that the record only counts, and a pool trained on other public rows would not imitate
 * the target. Its trainer here refuses to train, with a message that points to the reference models
 * {@code veil experiment} saved beside the target; reading a saved pool never trains, so
 * {@code veil evaluate mia --reference-models DIR} works. Stateless.
 */
public final class TargetTrainers {

    /** Explains why shadow models of a PATE target cannot be trained from its record. */
    public static final String PATE_REFUSAL = "a pate target's shadow or reference models cannot be trained from its "
            + "record: the student's public rows are not in it. Reuse the models veil experiment saved beside the "
            + "target (--reference-models <experiment>/pate-<eps>/reference-models, with --members and --non-members "
            + "rows:<experiment>/members.txt and rows:<experiment>/non-members.txt), or use an attack without models "
            + "(--attack threshold)";

    private static final Trainer<Classifier> PATE_REFUSES = (data, ctx) -> {
        throw new IllegalArgumentException(PATE_REFUSAL);
    };

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
                case PateTrainer.METHOD -> PATE_REFUSES;
                default -> throw new IllegalArgumentException("method=" + method + ", allowed: "
                        + BaselineTrainer.METHOD + ", " + DpSgdTrainer.METHOD + ", " + TribuoTrainer.METHOD + ", "
                        + PateTrainer.METHOD + " (saved models only)"
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
