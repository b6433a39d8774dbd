package org.veil.cli.data;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil data}: inspect data sets. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Inspect data sets.",
        subcommands = {DataDescribeCommand.class})
public final class DataCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
