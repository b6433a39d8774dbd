package org.veil.evaluate.experiment;

import java.util.Map;
import java.util.Objects;
import org.veil.core.record.TrainingRecord;
import org.veil.evaluate.attack.AttackResult;

/**
 * One trained and attacked target of an experiment.
 *
 * @param target   what was trained
 * @param record   its training record (with {@code testAccuracy})
 * @param attacks  attack name → result
 * @param modelDir its directory, relative to the experiment's output directory
 */
public record TargetResult(Target target, TrainingRecord record, Map<String, AttackResult> attacks, String modelDir) {

    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(record, "record");
        attacks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attacks));
    }

    public double testAccuracy() {
        Double v = record.metrics().get("testAccuracy");
        return v == null ? Double.NaN : v;
    }

    public double claimedEpsilon() {
        return record.privacy().epsilon();
    }
}
