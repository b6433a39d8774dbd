package org.veil.cli.support;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --out DIR} flag of commands that write a run directory. */
public final class OutputOptions {
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory (created if missing); model.zip and record.json are replaced atomically.")
    private Path out;

    public Path directory() {
        return out;
    }
}
