package org.veil.cli.train;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.OutputOptions;
import org.veil.cli.support.SeedOption;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.train.TrainingJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil train baseline}: the non-private MLP every private model is compared with. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the non-private baseline MLP (the same network private methods use) and report "
                + "its test accuracy.")
public final class TrainBaselineCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private OutputOptions output;

    @Option(names = "--hidden", split = ",", paramLabel = "WIDTHS", defaultValue = "64,32",
            description = "Hidden layer widths (ReLU). Default: ${DEFAULT-VALUE}.")
    private List<Integer> hidden;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Epochs. Default: ${DEFAULT-VALUE}.")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "256",
            description = "Minibatch size. Default: ${DEFAULT-VALUE}.")
    private int batchSize;

    @Option(names = "--learning-rate", paramLabel = "LR", defaultValue = "0.001",
            description = "Adam learning rate. Default: ${DEFAULT-VALUE}.")
    private double learningRate;

    @Option(names = "--l2", paramLabel = "L", defaultValue = "1e-5",
            description = "L2 weight penalty. Default: ${DEFAULT-VALUE}.")
    private double l2;

    @Mixin
    private SeedOption seed;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        BaselineOptions options = new BaselineOptions(MlpSpec.relu(hidden.stream().mapToInt(Integer::intValue)
                .toArray()), epochs, batchSize, Optimizer.Adam.withLearningRate(learningRate), l2);
        DatasetSplit split = DataLoader.load(data.toSpec()).split();
        TrainedModel<Dl4jClassifier> trained;
        try (TerminalProgress progress = TerminalProgress.forConsole(quiet)) {
            RunContext ctx = RunContext.seeded(seed.seed()).withProgress(progress);
            trained = TrainingJob.trainAndTest(new BaselineTrainer(options), split, ctx);
        }
        output.write(trained);
        report(trained);
        return ExitCodes.OK;
    }

    private void report(TrainedModel<Dl4jClassifier> trained) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Double> metrics = trained.record().metrics();
        if (json.enabled()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("method", trained.record().method());
            result.put("testAccuracy", metrics.get("testAccuracy"));
            result.put("trainAccuracy", metrics.get("trainAccuracy"));
            result.put("epsilon", trained.record().privacy().epsilon());
            result.put("model", output.modelFile().toString());
            result.put("record", output.recordFile().toString());
            JsonOption.print(out, result);
        } else {
            out.printf(Locale.ROOT, "test accuracy %.4f on %d rows (train accuracy %.4f); epsilon = Infinity "
                    + "(non-private)%n", metrics.get("testAccuracy"), trained.record().data().testRows(),
                    metrics.get("trainAccuracy"));
            out.println(output.wroteLine());
            out.flush();
        }
    }
}
