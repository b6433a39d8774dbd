package org.veil.cli.pate;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.OutputOptions;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.model.Classifier;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.model.UniformClassifier;
import org.veil.core.run.RunContext;
import org.veil.core.train.TrainingJob;
import org.veil.pate.PateOptions;
import org.veil.pate.PateTrainer;
import org.veil.pate.PublicData;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil pate train}: teachers on disjoint parts of the private data, noisy answers, a student on public data. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a PATE student (Papernot et al. 2017, 2018): one teacher per disjoint part of the "
                + "training split, a noisy aggregator labels public rows, the student learns only from those labels.",
            "Public rows: the first FRACTION of the test split (the rest measures accuracy), or --public DATA.",
            "Writes the student's model.zip and record.json (the full ledger and the epsilon of the privacy analysis)."})
public final class PateTrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--teachers", paramLabel = "N", defaultValue = "250",
            description = "Teachers (one per disjoint part of the training split). Default: ${DEFAULT-VALUE}.")
    private int teachers;

    @Mixin
    private PateModelFlags models;

    @Mixin
    private AggregatorFlags aggregator;

    @Mixin
    private QueryFlags queries;

    /** Where the student's public rows come from. */
    static final class PublicRows {
        @Option(names = "--public-split", paramLabel = "FRACTION", defaultValue = "0.9",
                description = "The first FRACTION of the test split is public (the student's pool); the rest "
                        + "measures accuracy. Default: ${DEFAULT-VALUE}.")
        double fraction = 0.9;

        @Option(names = "--public", paramLabel = "DATA", description = "Public rows from another file with the same "
                + "columns (its labels are not used); accuracy is then measured on the whole test split.")
        String path;
    }

    @ArgGroup(exclusive = true)
    private PublicRows publicRows = new PublicRows();

    @Mixin
    private PrivacyFlags privacy;

    @Option(names = "--seed", paramLabel = "N", description = "Reproducible run: seeded partition, training and "
            + "aggregator noise (for experiments, not releases). Default: secure noise, random seed.")
    private Long seed;

    @Option(names = "--parallelism", paramLabel = "N", description = "Teachers trained at once (default: the cores).")
    private Integer parallelism;

    @Mixin
    private OutputOptions output;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        PateOptions options = options();
        DatasetSplit split = DataLoader.load(data.toSpec()).split();
        Dataset[] pool = publicAndEvaluation(split);
        PateTrainer trainer = new PateTrainer(options, models.teacher(split.train().numFeatures()),
                models.student(split.train().numFeatures()), PublicData.unlabelled(pool[0]));
        Trainer<? extends Classifier> selfTraining = models.selfTrainingStudent(split.train().numFeatures());
        if (selfTraining != null) {
            trainer = trainer.withSelfTrainingStudent(selfTraining);
        }
        RunContext ctx = RunContext.reproducibleOrSecure(seed);
        TrainedModel<Classifier> trained;
        try (TerminalProgress progress = TerminalProgress.forConsole(quiet || json.enabled())) {
            trained = TrainingJob.trainAndTest(trainer, new DatasetSplit(split.train(), pool[1]),
                    ctx.withProgress(progress));
        }
        if (!(trained.model() instanceof SavableClassifier)) {
            throw new IllegalStateException("the student model cannot be saved: " + trained.model().getClass());
        }
        @SuppressWarnings("unchecked")
        TrainedModel<SavableClassifier> savable = (TrainedModel<SavableClassifier>) (TrainedModel<?>) trained;
        output.write(savable);
        if (trained.model() instanceof UniformClassifier) {
            spec.commandLine().getErr().println("veil: warning: no query was answered; the student is the uniform "
                    + "model (chance accuracy): lower --threshold, raise --queries or use more --teachers");
        }
        print(new TrainReport(trained.record(), output));
        return ExitCodes.OK;
    }

    private PateOptions options() {
        PateOptions defaults = new PateOptions();
        PateOptions o = defaults.withTeachers(teachers).withAggregator(aggregator.toOptions(defaults.aggregator()))
                .withSelection(queries.toSelection()).withDelta(privacy.delta)
                .withAccounting(privacy.toAccounting()).withSemiSupervised(queries.semiSupervised);
        return parallelism == null ? o : o.withParallelism(parallelism);
    }

    /** [public pool, evaluation rows]. */
    private Dataset[] publicAndEvaluation(DatasetSplit split) {
        if (publicRows.path != null) {
            DataSpec s = data.toSpec();
            DataSpec withPublic = new DataSpec(s.data(), s.label(), s.protectedColumn(), s.protectedAsFeature(),
                    publicRows.path, s.testFraction(), s.seed(), s.missing(), s.numericColumns(),
                    s.categoricalColumns(), s.ignoredColumns(), s.syntheticRows(), s.header());
            Dataset pub = DataLoader.load(withPublic).split().test();
            return new Dataset[] {pub.subset(IntStream.range(0, pub.rows()).toArray(), "public"), split.test()};
        }
        double f = publicRows.fraction;
        int n = split.test().rows();
        int pool = (int) Math.floor(f * n);
        if (!(f > 0 && f < 1) || pool < 1 || pool >= n) {
            throw new IllegalArgumentException("--public-split=" + f + ", allowed: (0, 1) leaving at least one public "
                    + "and one evaluation row of the " + n + " test rows");
        }
        return new Dataset[] {split.test().subset(IntStream.range(0, pool).toArray(), "public"),
            split.test().subset(IntStream.range(pool, n).toArray(), "evaluation")};
    }

    private void print(TrainReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOption.print(out, report.toJson());
        } else {
            out.print(report.toText());
            out.flush();
        }
    }
}
