package org.veil.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.SeedOption;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.run.RunContext;
import org.veil.dpsgd.bench.BenchOptions;
import org.veil.dpsgd.bench.BenchResult;
import org.veil.dpsgd.bench.BenchTask;
import org.veil.dpsgd.bench.DpSgdBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil bench dp-sgd}: DP-SGD against plain training of the same network, interleaved epochs. */
@Command(name = "dp-sgd", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time DP-SGD against non-private training of the same network (epochs alternate round by "
                + "round; medians after a warm-up epoch) and report both test accuracies, the epsilon spent "
                + "(delta = 1e-5) and the peak resident memory (VmHWM). Hyperparameters per task: "
                + "docs/dp-sgd-bench.md."})
public final class BenchDpSgdCommand implements Callable<Integer> {
    /** Where the MNIST IDX files are looked for when {@code --data} is not given. */
    static final Path DEFAULT_MNIST = Path.of("/work/shared/data/mnist");

    @Spec
    private CommandSpec spec;

    @Option(names = "--task", required = true, paramLabel = "adult-mlp|mnist-mlp|mnist-cnn",
            description = "adult-mlp: one-hot Adult, MLP 64, epsilon 1; mnist-mlp: MLP 784-256-256-10, epsilon 3; "
                    + "mnist-cnn: tanh CNN of Papernot et al. 2021, epsilon 3.")
    private String task;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Epochs of each run, all trained and timed, the first a warm-up (>= 2). Default: the "
                    + "task's (adult-mlp 20, mnist-mlp 15, mnist-cnn 40).")
    private Integer epochs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "ND4J/OpenBLAS threads, set in-process (0: leave as they are). Default: ${DEFAULT-VALUE}.")
    private int threads;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the MNIST IDX files (MNIST tasks only). Default: /work/shared/data/mnist.")
    private Path data;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "0", hidden = true,
            description = "Train on a random subset of at most N rows (quick checks).")
    private int maxRows;

    @Mixin
    private SeedOption seed;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        BenchTask t = BenchTask.parse(task);
        BenchOptions options = new BenchOptions(t, epochs == null ? t.defaultEpochs() : epochs, threads,
                t.usesMnist() ? mnistDir() : null, maxRows, seed.seed());
        if (!t.usesMnist() && data != null) {
            throw new IllegalArgumentException("--data=" + data + ", allowed: only with the MNIST tasks");
        }
        BenchResult result;
        try (TerminalProgress progress = TerminalProgress.forConsole(quiet)) {
            result = new DpSgdBenchmark(options).run(RunContext.seeded(seed.seed()).withProgress(progress));
        }
        report(result);
        return ExitCodes.OK;
    }

    private Path mnistDir() {
        if (data != null) {
            return data;
        }
        if (!Files.isDirectory(DEFAULT_MNIST)) {
            throw new IllegalArgumentException("--data not given and the default MNIST directory " + DEFAULT_MNIST
                    + " does not exist, allowed: --data DIR, a directory of the four MNIST IDX files");
        }
        return DEFAULT_MNIST;
    }

    private void report(BenchResult r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOption.print(out, r);
            return;
        }
        out.printf(Locale.ROOT, "%s, %d threads, %d epochs on %d rows (first a warm-up)%n", r.task(), r.threads(),
                r.epochs(), r.trainRows());
        out.printf(Locale.ROOT, "seconds per epoch: plain %.2f, private %.2f, ratio %.2f (paired %.2f)%n",
                r.plainSecondsPerEpoch(), r.privateSecondsPerEpoch(), r.ratio(), r.pairedRatio());
        out.printf(Locale.ROOT, "test accuracy: plain %.4f, private %.4f at epsilon %.3f (delta %.0e, sigma %.3f, "
                + "C %.2f)%n", r.plainTestAccuracy(), r.privateTestAccuracy(), r.epsilon(), r.delta(),
                r.noiseMultiplier(), r.maxGradNorm());
        out.printf(Locale.ROOT, "of a private epoch, about %.2f s draws the secure noise; peak memory %.0f MiB%n",
                r.noiseSecondsPerEpoch(), r.peakMemoryMiB());
        out.flush();
    }
}
