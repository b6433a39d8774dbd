package org.veil.cli.fed;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.ExitCodes;
import org.veil.federated.transport.TokenFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil fed tokens}: create a tokens file (and its hashed form for the server). */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "Create random bearer tokens for N clients: FILE holds 'ID TOKEN' lines (give each client its "
                + "line), FILE.sha256 the hashed form the server can use instead. Both are written owner-only.")
public final class FedTokensCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", required = true, description = "Number of clients.")
    private int clients;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Tokens file to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (clients < 1 || clients > 1_000_000) {
            throw new IllegalArgumentException("--clients=" + clients + ", allowed: [1, 1000000]");
        }
        Map<String, String> tokens = TokenFiles.generate(out, clients, new SecureRandom());
        Path hashed = out.resolveSibling(out.getFileName() + ".sha256");
        TokenFiles.write(hashed, tokens, true);
        spec.commandLine().getOut().println("wrote " + out + " and " + hashed + " (" + tokens.size() + " clients)");
        return ExitCodes.OK;
    }
}
