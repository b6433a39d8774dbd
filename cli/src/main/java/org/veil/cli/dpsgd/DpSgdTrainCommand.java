package org.veil.cli.dpsgd;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.OutputOptions;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.error.VeilException;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;
import org.veil.core.train.TrainingJob;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.dpsgd.DpSgdTrainer;
import org.veil.dpsgd.checkpoint.CheckpointState;
import org.veil.dpsgd.checkpoint.CheckpointStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil dp-sgd train}: train with DP-SGD and write model.zip + record.json. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a network with DP-SGD: Poisson-sampled batches, per-example clipping, Gaussian noise.",
            "Writes model.zip and record.json (epsilon from RDP and PLD, delta, sigma, q, steps, clip norm, test "
                    + "accuracy, fraction of clipped examples per epoch); checkpoints go to OUT/checkpoint."})
public final class DpSgdTrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private DpSgdFlags flags;

    /** Reproducible (seeded) or secure randomness. */
    static final class Randomness {
        @Option(names = "--seed", paramLabel = "N",
                description = "Reproducible run: seeded initialisation, batches and noise (for experiments, not releases).")
        Long seed;

        @Option(names = "--secure", description = "Secure batches and noise (the default); the init seed is random.")
        boolean secure;
    }

    @ArgGroup(exclusive = true)
    private Randomness randomness;

    @Option(names = "--checkpoint-every", paramLabel = "STEPS", defaultValue = "0",
            description = "Checkpoint every STEPS steps (0: at the end of each epoch). Default: ${DEFAULT-VALUE}.")
    private int checkpointEvery;

    @Option(names = "--resume", description = "Continue the checkpoint in OUT/checkpoint (same data, seed, options; "
            + "epochs may grow within the budget).")
    private boolean resume;

    @Mixin
    private OutputOptions output;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        Path checkpoints = output.directory().resolve("checkpoint");
        if (Files.exists(checkpoints) && !resume) {
            throw new IllegalArgumentException(checkpoints + " holds a checkpoint of an earlier run: pass --resume to "
                    + "continue it, or choose another --out");
        }
        if (resume && !Files.exists(checkpoints)) {
            throw new IllegalArgumentException("--resume: no checkpoint in " + checkpoints);
        }
        DatasetSplit split = DataLoader.load(data.toSpec()).split();
        DpSgdOptions options = flags.toOptions(split.train().numFeatures());
        DpSgdTrainer trainer = new DpSgdTrainer(options).checkpoints(checkpoints, checkpointEvery);
        RunContext ctx = context(checkpoints);
        TrainedModel<Dl4jClassifier> trained;
        try (TerminalProgress progress = TerminalProgress.forConsole(quiet || json.enabled())) {
            trained = TrainingJob.trainAndTest(trainer, split, ctx.withProgress(progress));
        }
        output.write(trained);
        report(trained);
        return ExitCodes.OK;
    }

    private RunContext context(Path checkpoints) {
        if (randomness != null && randomness.seed != null) {
            return RunContext.reproducibleOrSecure(randomness.seed);
        }
        if (resume) {
            // A secure run continues with its recorded initialisation seed and fresh secure noise and batches.
            CheckpointState saved = readCheckpoint(checkpoints);
            if (!"secure".equals(saved.noiseSource())) {
                throw new IllegalArgumentException("--resume: the checkpoint in " + checkpoints + " is of a seeded run; "
                        + "pass its --seed " + saved.seed());
            }
            return RunContext.seeded(saved.seed());
        }
        return RunContext.unseeded();
    }

    private static CheckpointState readCheckpoint(Path checkpoints) {
        try {
            return new CheckpointStore(checkpoints).loadState().orElseThrow(
                    () -> new IllegalArgumentException("--resume: no checkpoint in " + checkpoints));
        } catch (IOException e) {
            throw new VeilException("cannot read " + checkpoints + ": " + e, e);
        }
    }

    private void report(TrainedModel<Dl4jClassifier> trained) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Double> m = trained.record().metrics();
        double eps = trained.record().privacy().epsilon();
        if (json.enabled()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("method", trained.record().method());
            result.put("testAccuracy", m.get("testAccuracy"));
            result.put("epsilon", eps);
            result.put("delta", trained.record().privacy().delta());
            result.put("accountant", trained.record().privacy().accountant());
            for (String k : new String[] {"epsilonRdp", "epsilonPld", "noiseMultiplier", "sampleRate", "steps",
                "maxGradNorm", "clippedFraction"}) {
                result.put(k, m.get(k));
            }
            result.put("model", output.modelFile().toString());
            result.put("record", output.recordFile().toString());
            JsonOption.print(out, result);
            return;
        }
        out.printf(Locale.ROOT, "test accuracy %.4f on %d rows%n", m.get("testAccuracy"),
                trained.record().data().testRows());
        String how = m.containsKey("epsilonRdp") ? String.format(Locale.ROOT, "%s; RDP %.4f, PLD %.4f",
                trained.record().privacy().accountant(), m.get("epsilonRdp"), m.get("epsilonPld"))
                : "no certified guarantee: shuffled batches";
        out.printf(Locale.ROOT, "epsilon = %.4f at delta = %.1e (%s), sigma = %.4f, q = %.5f, %d steps, C = %s, "
                + "clipped %.1f%% in the last epoch%n", eps, trained.record().privacy().delta(), how,
                m.get("noiseMultiplier"), m.get("sampleRate"), m.get("steps").longValue(), m.get("maxGradNorm"),
                100 * m.getOrDefault("clippedFraction", Double.NaN));
        out.println(output.wroteLine());
        out.flush();
    }
}
