package org.veil.cli.evaluate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil evaluate}: measure how much a trained model leaks. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure how much a trained model leaks about its training data.",
        subcommands = {EvaluateMiaCommand.class, AuditCommand.class})
public final class EvaluateCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
