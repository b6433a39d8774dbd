package org.veil.dpsgd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Clipping;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.dl4j.PrivateGradients;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.run.RunContext;
import org.veil.dpsgd.checkpoint.CheckpointState;
import org.veil.dpsgd.checkpoint.CheckpointStore;
import org.veil.dpsgd.sampling.BatchSampler;
import org.veil.dpsgd.sampling.PoissonSampler;
import org.veil.dpsgd.sampling.ShuffleSampler;

/**
 * Differentially private SGD (Abadi et al. 2016, Algorithm 1) on a DL4J network: Poisson-sampled
 * batches, per-example clipping to C (flat or per layer), Gaussian noise N(0, σ²C²) from the run's
 * {@link org.veil.core.privacy.noise.NoiseSource}, division by the expected batch size, then the
 * optimiser step. Every step is appended to the run's {@link PrivacyLedger}; the record reports ε
 * from RDP and PLD. With a target ε, σ is calibrated before the first step for the planned steps,
 * and the run never exceeds the target.
 *
 * <pre>{@code
 * TrainedModel<Dl4jClassifier> m = DpSgdTrainer.withTargetEpsilon(1.0, 1e-5).epochs(10).train(data);
 * }</pre>
 *
 * <p>Randomness: initialisation and (seeded) batch sampling derive from {@link RunContext#seed()};
 * with the default secure noise source the batches come from a {@link java.security.SecureRandom}.
 * Step t's noise is drawn from {@code ctx.noise().stream(t)}, so seeded runs resumed from a
 * checkpoint reproduce the uninterrupted run. Thread safety: immutable; each call trains its own model.
 */
public final class DpSgdTrainer implements Trainer<Dl4jClassifier> {
    /** The {@code method} written to training records. */
    public static final String METHOD = "dp-sgd";

    private final DpSgdOptions options;
    private final Path checkpointDir;
    private final int checkpointEvery;

    public DpSgdTrainer(DpSgdOptions options) {
        this(options, null, 0);
    }

    private DpSgdTrainer(DpSgdOptions options, Path checkpointDir, int checkpointEvery) {
        this.options = Objects.requireNonNull(options, "options");
        this.checkpointDir = checkpointDir;
        this.checkpointEvery = checkpointEvery;
    }

    /** Default options with σ calibrated to reach ε at δ after the planned steps. */
    public static DpSgdTrainer withTargetEpsilon(double epsilon, double delta) {
        DpSgdOptions o = new DpSgdOptions();
        return new DpSgdTrainer(o.withPrivacy(o.privacy().withBudget(new NoiseBudget.TargetEpsilon(epsilon))
                .withDelta(delta)));
    }

    /** Default options with this noise multiplier σ (ε is whatever the steps cost). */
    public static DpSgdTrainer withNoiseMultiplier(double noiseMultiplier) {
        DpSgdOptions o = new DpSgdOptions();
        return new DpSgdTrainer(o.withPrivacy(o.privacy().withBudget(new NoiseBudget.NoiseMultiplier(noiseMultiplier))));
    }

    public DpSgdTrainer epochs(int epochs) {
        return with(o -> o.withEpochs(epochs));
    }

    public DpSgdTrainer batchSize(int batchSize) {
        return with(o -> o.withBatchSize(batchSize));
    }

    public DpSgdTrainer maxGradNorm(double maxGradNorm) {
        return with(o -> o.withPrivacy(o.privacy().withMaxGradNorm(maxGradNorm)));
    }

    public DpSgdTrainer network(NetworkSpec network) {
        return with(o -> o.withNetwork(network));
    }

    public DpSgdTrainer optimizer(Optimizer optimizer) {
        return with(o -> o.withOptimizer(optimizer));
    }

    /** Any other change to the options. */
    public DpSgdTrainer with(UnaryOperator<DpSgdOptions> change) {
        return new DpSgdTrainer(change.apply(options), checkpointDir, checkpointEvery);
    }

    /**
     * Saves a checkpoint into {@code dir} every {@code everySteps} steps (0: at the end of every epoch
     * only) and at the end, and resumes from it if one is there.
     */
    public DpSgdTrainer checkpoints(Path dir, int everySteps) {
        if (everySteps < 0) {
            throw new IllegalArgumentException("checkpointEvery=" + everySteps + ", allowed: >= 0");
        }
        return new DpSgdTrainer(options, Objects.requireNonNull(dir, "dir"), everySteps);
    }

    public DpSgdOptions options() {
        return options;
    }

    /** Trains with a fresh random seed, secure noise and no progress output. */
    public TrainedModel<Dl4jClassifier> train(Dataset data) {
        return train(data, RunContext.unseeded());
    }

    @Override
    public TrainedModel<Dl4jClassifier> train(Dataset data, RunContext ctx) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ctx, "ctx");
        options.network().checkInputWidth(data.numFeatures());
        PrivacyAccountant accountant = options.privacy().accountant().create();
        CheckpointStore store = checkpointDir == null ? null : new CheckpointStore(checkpointDir);
        CheckpointState saved = load(store);
        if (saved != null) {
            Resume.check(saved, options, data, ctx);
            return run(loadModel(store), data, ctx, saved.plan(), accountant,
                    new RunState(saved.stepsDone(), saved.ledger(), saved.epochs()), store);
        }
        DpSgdPlan plan = DpSgdPlan.of(options, data.rows(), accountant);
        long initSeed = ctx.random().nextLong();
        Dl4jClassifier model = Dl4jClassifier.initialise(options.network(), data.numFeatures(), data.numClasses(),
                options.optimizer(), options.l2(), initSeed);
        return run(model, data, ctx, plan, accountant, new RunState(0, new PrivacyLedger(), List.of()), store);
    }

    /**
     * Trains an existing network in place (for networks built directly with DL4J and wrapped with
     * {@link Dl4jClassifier#wrap}); the options' {@code network}, optimiser and L2 are ignored
     * because the network carries its own.
     */
    public TrainedModel<Dl4jClassifier> train(Dl4jClassifier model, Dataset data, RunContext ctx) {
        PrivacyAccountant accountant = options.privacy().accountant().create();
        DpSgdPlan plan = DpSgdPlan.of(options, data.rows(), accountant);
        return run(model, data, ctx, plan, accountant, new RunState(0, new PrivacyLedger(), List.of()),
                checkpointDir == null ? null : new CheckpointStore(checkpointDir));
    }

    private TrainedModel<Dl4jClassifier> run(Dl4jClassifier model, Dataset data, RunContext ctx, DpSgdPlan plan,
            PrivacyAccountant accountant, RunState state, CheckpointStore store) {
        Instant startedAt = Instant.now();
        BatchSampler sampler = sampler(plan, ctx);
        Checkpoints checkpoints = new Checkpoints(store, checkpointEvery, model, options, plan, data, ctx);
        try (PrivateGradients pg = model.privateGradients(data, options.physicalBatchSize())) {
            TrainingLoop loop = new TrainingLoop(plan, clipping(pg), accountant, ctx, checkpoints);
            loop.run(pg, sampler, state, (long) plan.stepsPerEpoch() * options.epochs());
        }
        return new TrainedModel<>(model, DpSgdRecord.of(options, plan, state, data, ctx, accountant, startedAt));
    }

    private Clipping clipping(PrivateGradients pg) {
        double c = options.privacy().maxGradNorm();
        return options.privacy().perLayerClipping()
                ? Clipping.PerLayer.equalSplit(c, pg.parameterisedLayers().size()) : new Clipping.Flat(c);
    }

    private BatchSampler sampler(DpSgdPlan plan, RunContext ctx) {
        if (options.privacy().sampling() == Sampling.SHUFFLE) {
            return new ShuffleSampler(plan.rows(), options.batchSize(), ctx.seed());
        }
        return ctx.noise().isSecure() ? PoissonSampler.secure(plan.rows(), plan.sampleRate())
                : PoissonSampler.seeded(plan.rows(), plan.sampleRate(), ctx.seed());
    }

    private static CheckpointState load(CheckpointStore store) {
        try {
            return store == null ? null : store.loadState().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint: " + e.getMessage(), e);
        }
    }

    private static Dl4jClassifier loadModel(CheckpointStore store) {
        try {
            return store.loadModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint model: " + e.getMessage(), e);
        }
    }
}
