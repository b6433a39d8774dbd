package org.veil.cli.fed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil fed}: federated training (FedAvg, DP-FedAvg, robust aggregation) over gRPC. */
@Command(name = "fed", mixinStandardHelpOptions = true,
        description = "Federated training: a server and clients over gRPC (TLS, tokens), or a simulation of many "
                + "clients through the same protocol.",
        subcommands = {FedSimulateCommand.class, FedServerCommand.class, FedClientCommand.class,
            FedTokensCommand.class, FedCertsCommand.class})
public final class FedCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
