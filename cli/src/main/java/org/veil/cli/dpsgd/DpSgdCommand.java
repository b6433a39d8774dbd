package org.veil.cli.dpsgd;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil dp-sgd}: differentially private SGD. */
@Command(name = "dp-sgd", mixinStandardHelpOptions = true,
        description = "Differentially private SGD (Abadi et al. 2016) on a DL4J network.",
        subcommands = {DpSgdTrainCommand.class})
public final class DpSgdCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
