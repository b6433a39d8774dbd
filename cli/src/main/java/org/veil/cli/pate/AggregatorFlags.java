package org.veil.cli.pate;

import java.util.ArrayList;
import java.util.List;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.GnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.LnMaxOptions;
import picocli.CommandLine.Option;

/**
 * The aggregator and its noise flags, shared by {@code veil pate train} and {@code veil pate analyze}.
 * Which flags belong to which aggregator is checked here so that a forgotten or stray flag is a
 * one-line usage error rather than a silently ignored value.
 */
public final class AggregatorFlags {

    @Option(names = "--aggregator", paramLabel = "lnmax|gnmax|confident-gnmax|interactive-gnmax",
            defaultValue = "confident-gnmax",
            description = "Noisy aggregator of the teachers' votes. Default: ${DEFAULT-VALUE}.")
    String aggregator;

    @Option(names = "--sigma", paramLabel = "S",
            description = "gnmax: Gaussian noise standard deviation (votes); lnmax: Laplace scale b (1/gamma), "
                    + "each answer then costs 2/b.")
    Double sigma;

    @Option(names = "--threshold", paramLabel = "T", description = "confident/interactive-gnmax: threshold T (votes).")
    Double threshold;

    @Option(names = "--sigma1", paramLabel = "S1", description = "confident/interactive-gnmax: noise of the check.")
    Double sigma1;

    @Option(names = "--sigma2", paramLabel = "S2", description = "confident/interactive-gnmax: noise of the answer.")
    Double sigma2;

    @Option(names = "--student-confidence", paramLabel = "P", defaultValue = "0.9",
            description = "interactive-gnmax: use the student's own label when its top probability exceeds P. "
                    + "Default: ${DEFAULT-VALUE}.")
    double studentConfidence;

    /** The validated options; {@code defaults} fills flags the user left out (null: all required). */
    public AggregatorOptions toOptions(AggregatorOptions defaults) {
        switch (aggregator) {
            case "lnmax", "gnmax" -> {
                refuse("--aggregator " + aggregator, "--threshold", threshold, "--sigma1", sigma1, "--sigma2", sigma2);
                double s = required("--sigma", sigma, defaults == null ? null : noiseOf(defaults));
                return "lnmax".equals(aggregator) ? new LnMaxOptions(s) : new GnMaxOptions(s);
            }
            case "confident-gnmax", "interactive-gnmax" -> {
                refuse("--aggregator " + aggregator, "--sigma", sigma);
                double[] d = defaults instanceof ConfidentGnMaxOptions c
                        ? new double[] {c.threshold(), c.sigma1(), c.sigma2()} : null;
                double t = required("--threshold", threshold, d == null ? null : d[0]);
                double s1 = required("--sigma1", sigma1, d == null ? null : d[1]);
                double s2 = required("--sigma2", sigma2, d == null ? null : d[2]);
                return "confident-gnmax".equals(aggregator) ? new ConfidentGnMaxOptions(t, s1, s2)
                        : new InteractiveGnMaxOptions(t, s1, s2, studentConfidence);
            }
            default -> throw new IllegalArgumentException("--aggregator=" + aggregator
                    + ", allowed: lnmax, gnmax, confident-gnmax, interactive-gnmax");
        }
    }

    private static Double noiseOf(AggregatorOptions o) {
        if (o instanceof GnMaxOptions g) {
            return g.sigma();
        }
        return o instanceof LnMaxOptions l ? l.scale() : null;
    }

    private static double required(String flag, Double value, Double fallback) {
        if (value != null) {
            return value;
        }
        if (fallback == null) {
            throw new IllegalArgumentException(flag + " is required with this --aggregator");
        }
        return fallback;
    }

    private static void refuse(String context, Object... flagsAndValues) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < flagsAndValues.length; i += 2) {
            if (flagsAndValues[i + 1] != null) {
                given.add((String) flagsAndValues[i]);
            }
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", given) + " does not apply to " + context);
        }
    }
}
