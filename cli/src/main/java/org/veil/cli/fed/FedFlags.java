package org.veil.cli.fed;

import java.util.List;
import java.util.Locale;
import org.veil.dpsgd.AccountantKind;
import org.veil.federated.aggregate.KrumOptions;
import org.veil.federated.aggregate.TrimmedMeanOptions;
import org.veil.federated.dp.AdaptiveClipping;
import org.veil.federated.dp.DpFedAvgOptions;
import org.veil.federated.model.LocalTrainingOptions;
import org.veil.federated.model.ModelChoice;
import org.veil.federated.optim.ServerOptimizerOptions;
import org.veil.federated.optim.ServerSgdOptions;
import org.veil.federated.server.FederationOptions;
import org.veil.federated.server.SecureAggregationOptions;
import org.veil.federated.server.StrategyOptions;
import picocli.CommandLine.Option;

/** The flags {@code veil fed server} and {@code veil fed simulate} share: rounds, local training, strategy, DP. */
public final class FedFlags {

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "50", description = "Rounds. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--clients-per-round", paramLabel = "M", defaultValue = "10",
            description = "Cohort size (with --dp: the expected size of a Poisson sample). Default: ${DEFAULT-VALUE}.")
    int clientsPerRound;

    @Option(names = "--min-clients", paramLabel = "K", defaultValue = "1",
            description = "Fewest accepted updates a round needs; fewer: the round is retried (without --dp). "
                    + "Default: ${DEFAULT-VALUE}.")
    int minClients;

    @Option(names = "--round-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Deadline of a round. Default: ${DEFAULT-VALUE}.")
    double roundTimeout;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "5", description = "Retries of one round. "
            + "Default: ${DEFAULT-VALUE}.")
    int maxRetries;

    @Option(names = "--local-epochs", paramLabel = "E", defaultValue = "1", description = "Local epochs. "
            + "Default: ${DEFAULT-VALUE}.")
    int localEpochs;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "10", description = "Local batch size. "
            + "Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--lr", paramLabel = "L", defaultValue = "0.05", description = "Client SGD learning rate. "
            + "Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "fedavg",
            description = "fedavg, fedprox, fedadam, fedyogi, fedadagrad, median, trimmed-mean or krum. "
                    + "Default: ${DEFAULT-VALUE}.")
    String strategy;

    @Option(names = "--proximal-mu", paramLabel = "MU", description = "FedProx mu (default 0.01 with fedprox).")
    Double proximalMu;

    @Option(names = "--server-lr", paramLabel = "L",
            description = "Server learning rate (default 1 for fedavg and the robust rules, 0.01 for fedadam/yogi/adagrad).")
    Double serverLearningRate;

    @Option(names = "--trim-fraction", paramLabel = "BETA", description = "trimmed-mean: fraction cut at each end.")
    Double trimFraction;

    @Option(names = "--byzantine", paramLabel = "F", description = "krum: number of malicious clients tolerated.")
    Integer byzantine;

    @Option(names = "--krum-select", paramLabel = "M", description = "krum: updates averaged (multi-Krum; 1 = Krum).")
    Integer krumSelect;

    @Option(names = "--max-update-norm", paramLabel = "N", defaultValue = "10000",
            description = "Updates with a larger L2 norm are rejected. Default: ${DEFAULT-VALUE}.")
    double maxUpdateNorm;

    @Option(names = "--evaluate-every", paramLabel = "N", defaultValue = "0",
            description = "Test accuracy every N rounds (0: only at the end). Default: ${DEFAULT-VALUE}.")
    int evaluateEvery;

    @Option(names = "--stop-at-accuracy", paramLabel = "A", defaultValue = "0", description = "Stop after the first "
            + "evaluated round whose test accuracy is at least A, in [0, 1] (0: run all rounds; needs "
            + "--evaluate-every). May be added or changed on --resume. Default: ${DEFAULT-VALUE}.")
    double stopAtAccuracy;

    @Option(names = "--model", paramLabel = "mlp|cnn|mcmahan-cnn|papernot-cnn", defaultValue = "mlp",
            description = "mlp (logistic regression without --hidden), cnn (McMahan et al. 2017's CNN without "
                    + "padding, 582k parameters), mcmahan-cnn (with the paper's padding, 1.66M) or papernot-cnn. "
                    + "Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--hidden", split = ",", paramLabel = "WIDTHS", description = "MLP hidden widths (none: logistic "
            + "regression).")
    List<Integer> hidden;

    @Option(names = "--dp", description = "DP-FedAvg with user-level differential privacy (McMahan et al. 2018).")
    boolean dp;

    @Option(names = "--noise-multiplier", paramLabel = "Z", description = "With --dp: noise multiplier z.")
    Double noiseMultiplier;

    @Option(names = "--target-epsilon", paramLabel = "E", description = "With --dp: calibrate z to spend at most E.")
    Double targetEpsilon;

    @Option(names = "--clip", paramLabel = "C", description = "With --dp: clip norm C (initial C with --adaptive-clip; "
            + "default 1, or 0.1 with --adaptive-clip).")
    Double clip;

    @Option(names = "--adaptive-clip", description = "With --dp: clip to the median update norm (Andrew et al. 2021).")
    boolean adaptiveClip;

    @Option(names = "--secure-aggregation", description = "Secure aggregation (Bonawitz et al. 2017, SecAgg+): the "
            + "server sees only the sum of the clients' clipped updates (--clip, default 1).")
    boolean secureAggregation;

    @Option(names = "--delta", paramLabel = "D", defaultValue = "1e-5", description = "With --dp: delta, below "
            + "1/population. Default: ${DEFAULT-VALUE}.")
    double delta;

    @Option(names = "--accountant", paramLabel = "rdp|pld", defaultValue = "rdp",
            description = "With --dp: headline accountant (both are reported). Default: ${DEFAULT-VALUE}.")
    String accountant;

    /** The validated federation options. */
    public FederationOptions toOptions() {
        LocalTrainingOptions local = new LocalTrainingOptions(localEpochs, batchSize, learningRate, 0);
        return new FederationOptions(rounds, clientsPerRound, minClients, Math.round(roundTimeout * 1000), maxRetries,
                local, strategy(), dpOptions(), maxUpdateNorm, evaluateEvery, secureOptions(), stopAtAccuracy);
    }

    /** The architecture. */
    public ModelChoice modelChoice() {
        return new ModelChoice(model.toLowerCase(Locale.ROOT), hidden, "relu", 0);
    }

    private StrategyOptions strategy() {
        StrategyOptions s = StrategyOptions.parse(strategy);
        if (proximalMu != null) {
            s = s.withProximalMu(proximalMu);
        }
        if (serverLearningRate != null) {
            s = s.withOptimizer(withLearningRate(s.optimizer(), serverLearningRate));
        }
        if (trimFraction != null) {
            require(s.rule() instanceof TrimmedMeanOptions, "--trim-fraction", "trimmed-mean");
            s = s.withRule(new TrimmedMeanOptions(trimFraction));
        }
        if (byzantine != null || krumSelect != null) {
            require(s.rule() instanceof KrumOptions, byzantine != null ? "--byzantine" : "--krum-select", "krum");
            KrumOptions k = (KrumOptions) s.rule();
            s = s.withRule(new KrumOptions(byzantine != null ? byzantine : k.f(), krumSelect != null ? krumSelect : k.m()));
        }
        return s;
    }

    private static ServerOptimizerOptions withLearningRate(ServerOptimizerOptions o, double lr) {
        if (o instanceof ServerSgdOptions s) {
            return s.withLearningRate(lr);
        }
        if (o instanceof org.veil.federated.optim.FedAdamOptions a) {
            return a.withLearningRate(lr);
        }
        if (o instanceof org.veil.federated.optim.FedYogiOptions y) {
            return y.withLearningRate(lr);
        }
        return ((org.veil.federated.optim.FedAdagradOptions) o).withLearningRate(lr);
    }

    private DpFedAvgOptions dpOptions() {
        if (!dp) {
            if (noiseMultiplier != null || targetEpsilon != null) {
                throw new IllegalArgumentException("--noise-multiplier and --target-epsilon need --dp");
            }
            if (clip != null && !secureAggregation) {
                throw new IllegalArgumentException("--clip needs --dp or --secure-aggregation");
            }
            if (adaptiveClip) {
                throw new IllegalArgumentException("--adaptive-clip needs --dp");
            }
            return null;
        }
        if ((noiseMultiplier == null) == (targetEpsilon == null)) {
            throw new IllegalArgumentException("--dp needs exactly one of --noise-multiplier and --target-epsilon");
        }
        double c = clip != null ? clip : adaptiveClip ? AdaptiveClipping.DEFAULT_INITIAL_CLIP : 1.0;
        AccountantKind kind = switch (accountant.toLowerCase(Locale.ROOT)) {
            case "rdp" -> AccountantKind.RDP;
            case "pld" -> AccountantKind.PLD;
            default -> throw new IllegalArgumentException("--accountant=" + accountant + ", allowed: rdp, pld");
        };
        return new DpFedAvgOptions(noiseMultiplier, targetEpsilon, delta, c, adaptiveClip ? new AdaptiveClipping() : null,
                kind);
    }

    private SecureAggregationOptions secureOptions() {
        if (!secureAggregation) {
            return null;
        }
        return clip != null && !dp ? new SecureAggregationOptions(clip) : new SecureAggregationOptions();
    }

    private void require(boolean ok, String flag, String strategyName) {
        if (!ok) {
            throw new IllegalArgumentException(flag + " applies to --strategy " + strategyName + ", not " + strategy);
        }
    }
}
