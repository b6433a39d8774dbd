package org.veil.cli.support;

import picocli.CommandLine.Option;

/** The shared {@code --seed} flag: data order and initialisation; noise stays secure unless asked otherwise. */
public final class SeedOption {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed for data order and initialisation (recorded in record.json). Default: ${DEFAULT-VALUE}.")
    private long seed;

    public long seed() {
        return seed;
    }
}
