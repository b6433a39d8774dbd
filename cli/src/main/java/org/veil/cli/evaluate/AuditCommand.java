package org.veil.cli.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.veil.cli.dpsgd.DpSgdFlags;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.Dataset;
import org.veil.core.io.AtomicFiles;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.record.RecordJson;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;
import org.veil.dpsgd.DpSgdTrainer;
import org.veil.evaluate.audit.AuditOptions;
import org.veil.evaluate.audit.AuditResult;
import org.veil.evaluate.audit.CanaryKind;
import org.veil.evaluate.audit.OneRunAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil evaluate audit}: the one-run audit of a DP-SGD configuration (docs/audit.md). */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"One-run privacy audit (Steinke, Nasr, Jagielski 2023) of DP-SGD with the given options: M "
                + "mislabelled canaries from the training split, each included with probability 1/2 by an "
                + "independent coin, one training run, K+K guesses from the canaries' losses, and an epsilon lower "
                + "bound at the given confidence, set against the accountant's epsilon.",
            "An ALARM (exit code 0, alarm=true) means the measured leakage refutes the claimed epsilon."})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private DpSgdFlags flags;

    @Option(names = "--canaries", paramLabel = "M", defaultValue = "1000",
            description = "Canaries (each included with probability 1/2). Default: ${DEFAULT-VALUE}.")
    private int canaries;

    @Option(names = "--k", paramLabel = "K", defaultValue = "100",
            description = "Guesses per side: the K most and K least likely included canaries. Default: ${DEFAULT-VALUE}.")
    private int k;

    @Option(names = "--canary-kind", paramLabel = "mislabelled|unmodified", defaultValue = "mislabelled",
            description = "Canaries with a random wrong label, or unmodified rows. Default: ${DEFAULT-VALUE}.")
    private String kind;

    @Option(names = "--pool-rows", paramLabel = "N", description = "Audit on N rows of the training split drawn at "
            + "random (default: all of it).")
    private Integer poolRows;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "Confidence of the lower bound, in (0.5, 1). Default: ${DEFAULT-VALUE}.")
    private double confidence;

    @Option(names = "--seed", paramLabel = "N", description = "Reproducible audit: seeded coins, training and noise "
            + "(default: coins and noise from a CSPRNG).")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Writes DIR/audit.json.")
    private Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() throws IOException {
        CanaryKind canaryKind = switch (kind.toLowerCase(Locale.ROOT)) {
            case "mislabelled", "mislabeled" -> CanaryKind.MISLABELLED;
            case "unmodified" -> CanaryKind.UNMODIFIED;
            default -> throw new IllegalArgumentException("--canary-kind=" + kind + ", allowed: mislabelled, unmodified");
        };
        Dataset train = DataLoader.load(data.toSpec()).train();
        Dataset pool = pool(train);
        AuditOptions options = new AuditOptions(canaries, k, k, confidence, canaryKind, null,
                seed == null ? null : Randomness.derive(seed, 1));
        DpSgdTrainer trainer = new DpSgdTrainer(flags.toOptions(pool.numFeatures()));
        RunContext ctx = seed == null ? RunContext.unseeded()
                : RunContext.seeded(seed).withNoise(NoiseSource.seeded(Randomness.derive(seed, 2)));
        AuditResult result;
        try (TerminalProgress progress = TerminalProgress.forConsole(quiet || json.enabled())) {
            result = OneRunAudit.run(trainer, pool, options, ctx.withProgress(progress));
        }
        Files.createDirectories(out);
        AtomicFiles.write(out.resolve("audit.json"), RecordJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(result));
        print(result);
        return ExitCodes.OK;
    }

    private Dataset pool(Dataset train) {
        if (poolRows == null) {
            return train;
        }
        if (poolRows < 2 || poolRows > train.rows()) {
            throw new IllegalArgumentException("--pool-rows=" + poolRows + ", allowed: [2, " + train.rows() + "]");
        }
        int[] rows = new int[train.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        Randomness.shuffle(rows, new SplittableRandom(seed == null ? 0 : seed));
        return train.subset(java.util.Arrays.copyOf(rows, poolRows), "audit-pool");
    }

    private void print(AuditResult r) {
        PrintWriter w = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOption.print(w, r);
            return;
        }
        w.printf(Locale.ROOT, "%d canaries (%d included), %d guesses, %d correct: epsilon lower bound %.3f at %.0f%% "
                + "confidence (delta %.1e); claimed epsilon %.4f%n", r.canaries(), r.included(), r.guesses(),
                r.correct(), r.epsilonLowerBound(), 100 * r.confidence(), r.delta(), r.claimedEpsilon());
        if (r.alarm()) {
            w.println("ALARM: the measured leakage refutes the claimed epsilon: the training or its accounting is broken");
        }
        w.println("wrote " + out.resolve("audit.json"));
        w.flush();
    }
}
