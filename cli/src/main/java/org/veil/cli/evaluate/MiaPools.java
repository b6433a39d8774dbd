package org.veil.cli.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.core.data.Dataset;
import org.veil.core.error.VeilException;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.ProgressListener;
import org.veil.evaluate.attack.Attack;
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
import org.veil.evaluate.shadow.TargetTrainers;

/**
 * Builds the attack {@code veil evaluate mia} runs, with its shadow/reference models: read from the
 * pool directory when it holds a saved pool for these rows (so several attacks reuse one set of
 * models), else trained with the target's own trainer and options and saved there.
 *
 * <p>Randomness: pools are seeded with the command's {@code --seed} ({@link PoolTrainer}). Immutable; one
 * instance per command run.
 */
final class MiaPools {
    private final MiaTarget target;
    private final Path dir;
    private final int models;
    private final boolean explicit;
    private final long seed;
    private final ProgressListener progress;
    private int used;

    /**
     * @param dir      the pool directory (read when it holds a pool, else written); unused by the threshold attack
     * @param models   number of models to train (0 for the threshold attack)
     * @param explicit whether {@code models} was given on the command line: a saved pool of another size is refused
     */
    MiaPools(MiaTarget target, Path dir, int models, boolean explicit, long seed, ProgressListener progress) {
        this.target = target;
        this.dir = dir;
        this.models = models;
        this.explicit = explicit;
        this.seed = seed;
        this.progress = progress;
    }

    /** Models the attack actually uses (a reused pool's size; 0 before {@link #attack} or for the threshold attack). */
    int modelsUsed() {
        return used;
    }

    /** The attack of {@code kind} on {@code rows}, with its models. */
    Attack attack(AttackKind kind, MiaRows rows) {
        if (!kind.needsModels()) {
            return new LossThresholdAttack();
        }
        Trainer<? extends Classifier> trainer = TargetTrainers.fromRecord(target.record());
        if (kind == AttackKind.SHADOW) {
            return new ShadowModelAttack(obtain(rows.population(), true, trainer), true);
        }
        Dataset candidates = Candidates.of(target.model(), rows.members(), rows.nonMembers()).all();
        ModelPool refs = obtain(candidates, false, trainer);
        return switch (kind) {
            case LIRA -> new LiraAttack(refs, LiraOptions.forModels(true, refs.size()));
            case LIRA_OFFLINE -> new LiraAttack(refs, LiraOptions.forModels(false, refs.size()));
            case RMIA -> new RmiaAttack(refs, rows.population(), new RmiaOptions());
            default -> throw new IllegalStateException("no models for " + kind);
        };
    }

    private ModelPool obtain(Dataset data, boolean shadow, Trainer<? extends Classifier> trainer) {
        try {
            if (Files.isRegularFile(dir.resolve(PoolStore.MANIFEST))) {
                ModelPool pool = PoolStore.load(dir, data);
                check(pool, shadow);
                used = pool.size();
                return pool;
            }
            PoolOptions options = PoolOptions.of(models, seed);
            CancellationFlag cancel = new CancellationFlag();
            ModelPool pool = shadow ? PoolTrainer.shadow(trainer, data, options, progress, cancel)
                    : PoolTrainer.reference(trainer, data, options, progress, cancel);
            PoolStore.save(pool, dir);
            used = pool.size();
            return pool;
        } catch (IOException e) {
            throw new VeilException("cannot read or write the models in " + dir + ": " + e, e);
        }
    }

    private void check(ModelPool pool, boolean shadow) {
        String kind = shadow ? "shadow" : "reference";
        if (!kind.equals(pool.info().kind())) {
            throw new IllegalArgumentException(dir + " holds " + pool.info().kind() + " models, this attack needs "
                    + kind + " models: pass another --reference-models directory");
        }
        if (!pool.info().method().equals(target.record().method())
                || !pool.info().options().equals(target.record().options())) {
            throw new IllegalArgumentException(dir + " holds models trained with other options ("
                    + pool.info().method() + ") than the target (" + target.record().method() + "): pass another "
                    + "--reference-models directory");
        }
        if (explicit && pool.size() != models) {
            throw new IllegalArgumentException(dir + " holds " + pool.size() + " models, --shadow-models asks for "
                    + models + ": pass another --reference-models directory or --shadow-models " + pool.size());
        }
    }
}
