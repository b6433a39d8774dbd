package org.veil.dpsgd.bench;

import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.veil.core.data.DataLoader;
import org.veil.core.data.Dataset;
import org.veil.core.data.LoadedData;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.Dl4jThreads;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.dpsgd.DpSgdTrainer;
import org.veil.dpsgd.NoiseBudget;
import org.veil.dpsgd.PrivacyOptions;

/**
 * Measures what differential privacy costs on one {@link BenchTask}: seconds per epoch of DP-SGD
 * ({@link DpSgdTrainer}: Poisson sampling, flat clipping, secure Gaussian noise, σ calibrated to
 * the task's ε at δ = 1e-5 over the chosen epochs) against the same network trained without
 * privacy, the two test accuracies, the ε spent and the process's peak memory.
 *
 * <p>Timing protocol (shared/notes/dl4j-measurements.md): both networks start from the same
 * initial weights; their epochs alternate, private then plain, round by round in one JVM, so
 * both see about the same load on a busy machine; the first round is a warm-up and the reported
 * seconds are medians over the other rounds. Every epoch of both runs is timed and trained; the
 * accuracies are those after all epochs.
 *
 * <pre>{@code
 * BenchResult r = new DpSgdBenchmark(BenchOptions.of(BenchTask.ADULT_MLP, null)).run(RunContext.seeded(1));
 * }</pre>
 *
 * <p>Randomness: initial weights, the plain run's shuffles and the optional row subset derive from
 * {@link RunContext#seed()}; the private batches and noise come from {@link RunContext#noise()}
 * (secure unless the caller passes a seeded source). Thread safety: immutable, but when
 * {@link BenchOptions#threads()} is non-zero it sets the process-wide ND4J thread counts for the
 * duration of the run (and restores libnd4j's count afterwards); run one benchmark per process at
 * a time, or the timings interfere.
 */
public final class DpSgdBenchmark {
    private final BenchOptions options;

    public DpSgdBenchmark(BenchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public BenchOptions options() {
        return options;
    }

    /** Loads the task's data and runs the benchmark. */
    public BenchResult run(RunContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        LoadedData data = DataLoader.load(options.task().dataSpec(options.mnistDir()));
        return run(data.train(), data.test(), ctx);
    }

    /** Runs the benchmark on the given split (the task's network must fit its width). */
    public BenchResult run(Dataset train, Dataset test, RunContext ctx) {
        int before = Dl4jThreads.current();
        try {
            int threads = options.threads() > 0 ? Dl4jThreads.set(options.threads()) : before;
            return measure(train, test, ctx, threads);
        } finally {
            if (options.threads() > 0) {
                Dl4jThreads.set(before);
            }
        }
    }

    private BenchResult measure(Dataset train, Dataset test, RunContext ctx, int threads) {
        BenchTask task = options.task();
        Dataset rows = subset(train, ctx.seed());
        DpSgdTrainer trainer = new DpSgdTrainer(privateOptions());
        int stepsPerEpoch = (rows.rows() + task.batchSize() - 1) / task.batchSize();
        SplittableRandom plainRandom = new SplittableRandom(ctx.seed());
        // The DP trainer draws its initialisation seed first from a generator seeded like this one.
        Dl4jClassifier plainModel = Dl4jClassifier.initialise(task.network(), rows.numFeatures(), rows.numClasses(),
                task.plainOptimizer(), 0, plainRandom.nextLong());
        TrainedModel<Dl4jClassifier> trained;
        Interleaver interleaver;
        try (PlainRun plain = new PlainRun(plainModel, rows, plainRandom, task.batchSize())) {
            interleaver = new Interleaver(stepsPerEpoch, options.epochs(), plain, ctx.progress(), ctx.cancellation());
            RunContext privateCtx = RunContext.seeded(ctx.seed()).withNoise(ctx.noise())
                    .withCancellation(ctx.cancellation()).withProgress(interleaver);
            interleaver.start();
            trained = trainer.train(rows, privateCtx);
        }
        EpochTimes priv = interleaver.privateTimes();
        EpochTimes plainTimes = interleaver.plainTimes();
        Map<String, Double> metrics = trained.record().metrics();
        double sigma = metrics.get("noiseMultiplier");
        double noiseSeconds = NoiseCost.secondsPerEpoch(ctx.noise(), trained.model().numParameters(),
                sigma * task.maxGradNorm(), stepsPerEpoch);
        double peakMemory = PeakMemory.mebibytes();
        double plainMedian = plainTimes.median();
        double privateMedian = priv.median();
        return new BenchResult(task.cliName(), threads, options.epochs(), rows.rows(), test.rows(), plainMedian,
                privateMedian, privateMedian / plainMedian, priv.pairedRatio(plainTimes),
                Accuracy.of(plainModel, test), Accuracy.of(trained.model(), test), trained.record().privacy().epsilon(),
                trained.record().privacy().delta(), sigma, task.maxGradNorm(),
                metrics.getOrDefault("clippedFraction", Double.NaN), noiseSeconds, peakMemory, plainTimes.all(),
                priv.all());
    }

    /** The DP-SGD options of the task over the chosen epochs. */
    public DpSgdOptions privateOptions() {
        BenchTask task = options.task();
        DpSgdOptions defaults = new DpSgdOptions();
        PrivacyOptions privacy = defaults.privacy().withBudget(new NoiseBudget.TargetEpsilon(task.targetEpsilon()))
                .withDelta(BenchTask.DELTA).withMaxGradNorm(task.maxGradNorm());
        return defaults.withNetwork(task.network()).withEpochs(options.epochs()).withBatchSize(task.batchSize())
                .withOptimizer(task.optimizer()).withL2(0).withPrivacy(privacy);
    }

    private Dataset subset(Dataset train, long seed) {
        if (options.maxRows() == 0 || options.maxRows() >= train.rows()) {
            return train;
        }
        int[] idx = new int[train.rows()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed).split();
        // Partial Fisher-Yates: the first maxRows entries are a uniform random subset (Knuth, TAOCP vol. 2, 3.4.2).
        for (int i = 0; i < options.maxRows(); i++) {
            int j = i + random.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(idx, options.maxRows());
        java.util.Arrays.sort(chosen);
        return train.subset(chosen, "train");
    }
}
