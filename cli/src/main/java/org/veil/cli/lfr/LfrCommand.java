package org.veil.cli.lfr;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil lfr}: learned fair representations. */
@Command(name = "lfr", mixinStandardHelpOptions = true,
        description = "Learned Fair Representations (Zemel et al. 2013): fit, transform, sweep.",
        subcommands = {LfrFitCommand.class, LfrTransformCommand.class, LfrSweepCommand.class})
public final class LfrCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
