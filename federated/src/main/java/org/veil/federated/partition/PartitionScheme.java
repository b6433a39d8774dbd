package org.veil.federated.partition;

import java.util.Locale;

/**
 * How rows are spread over simulated clients: {@link Iid} (shuffled, equal shares; McMahan et al.
 * 2017, §3 "IID") or {@link Dirichlet} label skew (Hsu, Qi and Brown 2019, "Measuring the Effects of
 * Non-Identical Data Distribution for Federated Visual Classification", §3: for each class, the
 * shares of the clients are drawn from Dir(α·1); small α gives clients few classes).
 */
public sealed interface PartitionScheme permits PartitionScheme.Iid, PartitionScheme.Dirichlet {

    /** Shuffled rows in equal shares. */
    record Iid() implements PartitionScheme {
    }

    /**
     * Label skew with concentration α.
     *
     * @param alpha α, in [0.001, 1000]
     */
    record Dirichlet(double alpha) implements PartitionScheme {
        public Dirichlet {
            if (!(alpha >= 0.001 && alpha <= 1000)) {
                throw new IllegalArgumentException("dirichlet alpha=" + alpha + ", allowed: [0.001, 1000]");
            }
        }
    }

    /** Parses {@code iid} or {@code dirichlet:ALPHA} (the CLI form). */
    static PartitionScheme parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("iid")) {
            return new Iid();
        }
        if (t.startsWith("dirichlet:")) {
            try {
                return new Dirichlet(Double.parseDouble(t.substring("dirichlet:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--partition=" + text + ", allowed: iid or dirichlet:ALPHA "
                        + "with ALPHA a number", e);
            }
        }
        throw new IllegalArgumentException("--partition=" + text + ", allowed: iid or dirichlet:ALPHA (e.g. dirichlet:0.5)");
    }

    /** The CLI form of this scheme. */
    default String describe() {
        return this instanceof Dirichlet d ? "dirichlet:" + d.alpha() : "iid";
    }
}
