package org.veil.cli;

import org.veil.cli.accountant.AccountantCommand;
import org.veil.cli.bench.BenchCommand;
import org.veil.cli.data.DataCommand;
import org.veil.cli.dpsgd.DpSgdCommand;
import org.veil.cli.evaluate.EvaluateCommand;
import org.veil.cli.experiment.ExperimentCommand;
import org.veil.cli.fairness.FairnessCommand;
import org.veil.cli.fed.FedCommand;
import org.veil.cli.lfr.LfrCommand;
import org.veil.cli.pate.PateCommand;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.VersionProvider;
import org.veil.cli.train.TrainCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil}: train hardened models and measure how much they leak. */
@Command(name = "veil",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Privacy-preserving training toolkit: train hardened models (DP-SGD, PATE, fair",
            "representations, federated) and measure how much they leak.", ""},
        subcommands = {AccountantCommand.class, BenchCommand.class, DataCommand.class, DpSgdCommand.class,
            EvaluateCommand.class, ExperimentCommand.class, FairnessCommand.class, FedCommand.class, LfrCommand.class,
            PateCommand.class, TrainCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {ExitCodes.FOOTER_0, ExitCodes.FOOTER_1, ExitCodes.FOOTER_2, ExitCodes.FOOTER_3, ExitCodes.FOOTER_4,
            ExitCodes.FOOTER_5, ExitCodes.FOOTER_130})
public final class VeilCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
