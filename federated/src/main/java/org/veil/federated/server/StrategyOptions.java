package org.veil.federated.server;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veil.federated.aggregate.AggregationRule;
import org.veil.federated.aggregate.FedAvgOptions;
import org.veil.federated.optim.ServerOptimizerOptions;
import org.veil.federated.optim.ServerSgdOptions;

/**
 * A named federated strategy: the aggregation rule, the server optimiser and the FedProx proximal
 * coefficient the clients use. The names are the command line's {@code --strategy} values:
 * {@code fedavg} (McMahan et al. 2017), {@code fedprox} (Li et al. 2020; μ = 0.01 unless set),
 * {@code fedadam}, {@code fedyogi}, {@code fedadagrad} (Reddi et al. 2021), and the robust rules
 * {@code median}, {@code trimmed-mean} (Yin et al. 2018) and {@code krum} (Blanchard et al. 2017).
 *
 * @param name       the strategy's name
 * @param rule       how updates are combined
 * @param optimizer  how the combined update moves the global model
 * @param proximalMu FedProx μ the clients use (0 for all but fedprox)
 */
public record StrategyOptions(String name, AggregationRule rule, ServerOptimizerOptions optimizer, double proximalMu) {

    /** Names accepted by {@link #parse}. */
    public static final List<String> NAMES = List.of("fedavg", "fedprox", "fedadam", "fedyogi", "fedadagrad",
            "median", "trimmed-mean", "krum");
    /** FedProx's μ when none is given (Li et al. 2020, §5.2 grid {0.001, 0.01, 0.1, 1}). */
    public static final double DEFAULT_PROXIMAL_MU = 0.01;

    public StrategyOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(proximalMu >= 0) || Double.isInfinite(proximalMu)) {
            throw new IllegalArgumentException("proximalMu=" + proximalMu + ", allowed: finite and >= 0");
        }
    }

    /** FedAvg: weighted mean, x ← x + Δ. */
    public StrategyOptions() {
        this("fedavg", new FedAvgOptions(), new ServerSgdOptions(), 0);
    }

    /** The strategy called {@code name} with default settings. */
    public static StrategyOptions parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "fedavg" -> new StrategyOptions();
            case "fedprox" -> new StrategyOptions(key, new FedAvgOptions(), new ServerSgdOptions(), DEFAULT_PROXIMAL_MU);
            case "fedadam", "fedyogi", "fedadagrad" -> new StrategyOptions(key, new FedAvgOptions(),
                    ServerOptimizerOptions.parse(key), 0);
            case "median", "trimmed-mean", "krum" -> new StrategyOptions(key, AggregationRule.parse(key),
                    new ServerSgdOptions(), 0);
            default -> throw new IllegalArgumentException("--strategy=" + name + ", allowed: " + String.join(", ", NAMES));
        };
    }

    /** Whether the rule is one of the robust ones (which DP-FedAvg's analysis does not cover). */
    public boolean isRobust() {
        return !(rule instanceof FedAvgOptions);
    }

    public StrategyOptions withProximalMu(double mu) {
        return new StrategyOptions(name, rule, optimizer, mu);
    }

    public StrategyOptions withRule(AggregationRule r) {
        return new StrategyOptions(name, r, optimizer, proximalMu);
    }

    public StrategyOptions withOptimizer(ServerOptimizerOptions o) {
        return new StrategyOptions(name, rule, o, proximalMu);
    }
}
