package org.veil.evaluate.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.ProgressListener;
import org.veil.core.run.Randomness;
import org.veil.evaluate.attack.Attack;
import org.veil.evaluate.attack.AttackContext;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.attack.Candidates;
import org.veil.evaluate.attack.LiraAttack;
import org.veil.evaluate.attack.LiraOptions;
import org.veil.evaluate.attack.LossThresholdAttack;
import org.veil.evaluate.attack.RmiaAttack;
import org.veil.evaluate.attack.RmiaOptions;
import org.veil.evaluate.attack.ShadowModelAttack;
import org.veil.evaluate.shadow.ModelPool;
import org.veil.evaluate.shadow.PoolOptions;
import org.veil.evaluate.shadow.PoolStore;
import org.veil.evaluate.shadow.PoolTrainer;

/**
 * Runs the requested attacks on one target: trains its reference models (for LiRA and RMIA, once,
 * shared) and shadow models (for the shadow-model attack) with the target's own trainer, saves them
 * beside the target so that {@code veil evaluate mia --reference-models} can reuse them, and returns
 * one {@link AttackResult} per attack, in the order asked for.
 *
 * <p>Randomness: pools and attacks are seeded from (experiment seed, target index) via
 * {@link Randomness#derive}. Not thread-safe (one target at a time).
 */
final class AttackSuite {
    private final ExperimentOptions options;
    private final ExperimentSplit split;
    private final ProgressListener progress;
    private final CancellationFlag cancel;

    AttackSuite(ExperimentOptions options, ExperimentSplit split, ProgressListener progress, CancellationFlag cancel) {
        this.options = options;
        this.split = split;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Models the suite trains per target under {@code options} (for progress totals). */
    static int modelsPerTarget(ExperimentOptions options) {
        int n = 0;
        if (needsReferences(options)) {
            n += options.sizes().referenceModels();
        }
        if (options.attacks().contains(ShadowModelAttack.NAME)) {
            n += options.sizes().shadowModels();
        }
        return n;
    }

    Map<String, AttackResult> run(int index, Classifier target, Trainer<? extends Classifier> trainer, double delta,
            Path dir) throws IOException {
        Candidates c = Candidates.of(target, split.members(), split.nonMembers());
        long seed = Randomness.derive(options.seed(), 1000L + index);
        ModelPool references = null;
        if (needsReferences(options)) {
            references = PoolTrainer.reference(trainer, c.all(), PoolOptions.of(options.sizes().referenceModels(),
                    Randomness.derive(seed, 1)), progress, cancel);
            PoolStore.save(references, dir.resolve("reference-models"));
        }
        ModelPool shadows = null;
        if (options.attacks().contains(ShadowModelAttack.NAME)) {
            shadows = PoolTrainer.shadow(trainer, split.population(), PoolOptions.of(options.sizes().shadowModels(),
                    Randomness.derive(seed, 2)), progress, cancel);
        }
        AttackContext ctx = AttackContext.seeded(Randomness.derive(seed, 3)).withDelta(delta);
        Map<String, AttackResult> out = new LinkedHashMap<>();
        for (String name : options.attacks()) {
            cancel.check();
            Attack attack = switch (name) {
                case LossThresholdAttack.NAME -> new LossThresholdAttack();
                case ShadowModelAttack.NAME -> new ShadowModelAttack(shadows, true);
                case "lira" -> new LiraAttack(references, LiraOptions.forModels(true, references.size()));
                case "lira-offline" -> new LiraAttack(references, LiraOptions.forModels(false, references.size()));
                case RmiaAttack.NAME -> new RmiaAttack(references, split.population(), new RmiaOptions());
                default -> throw new IllegalArgumentException("attack=" + name + ", allowed: "
                        + String.join(", ", ExperimentOptions.ATTACKS));
            };
            out.put(name, attack.run(target, split.members(), split.nonMembers(), ctx));
        }
        return out;
    }

    private static boolean needsReferences(ExperimentOptions options) {
        return options.attacks().contains("lira") || options.attacks().contains("lira-offline")
                || options.attacks().contains(RmiaAttack.NAME);
    }
}
