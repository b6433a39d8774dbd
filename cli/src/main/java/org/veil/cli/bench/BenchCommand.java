package org.veil.cli.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil bench}: measure what a privacy method costs in time, memory and accuracy. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark a privacy method against the same model trained without privacy.",
        subcommands = {BenchDpSgdCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
