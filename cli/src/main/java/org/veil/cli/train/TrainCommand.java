package org.veil.cli.train;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil train}: train a model and write model.zip + record.json. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model; writes <out>/model.zip and <out>/record.json.",
        subcommands = {TrainBaselineCommand.class})
public final class TrainCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
