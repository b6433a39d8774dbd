package org.veil.cli.accountant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil accountant}: privacy accounting without training. */
@Command(name = "accountant", mixinStandardHelpOptions = true,
        description = "Compute epsilon for a DP-SGD schedule, or the noise needed for a target epsilon.",
        subcommands = {AccountantEpsilonCommand.class, AccountantNoiseCommand.class})
public final class AccountantCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
