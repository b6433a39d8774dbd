package org.veil.cli.pate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil pate}: teacher ensembles, noisy aggregation and the data-dependent privacy analysis. */
@Command(name = "pate", mixinStandardHelpOptions = true,
        description = "PATE (Papernot et al. 2017, 2018): teachers on disjoint data, noisy vote aggregation, "
                + "a student trained on public data, and the privacy analysis of the votes.",
        subcommands = {PateTrainCommand.class, PateAnalyzeCommand.class})
public final class PateCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
