package org.veil.cli.fed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.cli.support.ExitCodes;
import org.veil.federated.transport.DevCertificates;
import org.veil.federated.transport.TlsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil fed certs}: a self-signed development certificate for the server. */
@Command(name = "certs", mixinStandardHelpOptions = true,
        description = "Create a self-signed certificate (cert.pem) and key (key.pem, owner-only) for development and "
                + "tests; clients trust cert.pem with --tls-ca. Production: use your own CA (docs/federated-transport.md).")
public final class FedCertsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for cert.pem and key.pem.")
    private Path out;

    @Option(names = "--host", paramLabel = "NAME", split = ",", description = "Extra host names or IPs the certificate "
            + "names (localhost, 127.0.0.1 and ::1 are always included).")
    private List<String> hosts;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Validity. Default: ${DEFAULT-VALUE}.")
    private int days;

    @Override
    public Integer call() throws IOException {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("--days=" + days + ", allowed: [1, 3650]");
        }
        Files.createDirectories(out);
        TlsFiles files = DevCertificates.generate(out, hosts == null ? List.of() : hosts, Duration.ofDays(days));
        spec.commandLine().getOut().println("wrote " + files.certificateChain() + " and " + files.privateKey());
        return ExitCodes.OK;
    }
}
