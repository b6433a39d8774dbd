package org.veil.cli.accountant;

import picocli.CommandLine.Option;

/** Shared flags describing a schedule of Poisson-subsampled Gaussian steps. */
public final class MechanismOptions {
    @Option(names = "--sample-rate", required = true, paramLabel = "Q",
            description = "Poisson sampling rate q: the probability that a record is in a batch, in (0, 1].")
    double sampleRate;

    @Option(names = "--steps", required = true, paramLabel = "T", description = "Number of steps (releases), >= 0.")
    long steps;

    @Option(names = "--delta", required = true, paramLabel = "D", description = "Target delta, in (0, 1).")
    double delta;

    /** Rejects out-of-range values with the house message before any work starts. */
    void validate() {
        if (!(sampleRate > 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("--sample-rate=" + sampleRate + ", allowed: (0, 1]");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("--steps=" + steps + ", allowed: >= 0");
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("--delta=" + delta + ", allowed: (0, 1)");
        }
    }
}
