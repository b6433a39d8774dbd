package org.veil.federated.server;

import java.util.Objects;
import org.veil.federated.dp.DpFedAvgOptions;
import org.veil.federated.model.LocalTrainingOptions;

/**
 * The server's settings for a federated run.
 *
 * @param rounds           T, in [1, 100 000]
 * @param clientsPerRound  cohort size (with DP: the expected cohort size m of Poisson sampling), &gt;= 1
 * @param minClients       fewest accepted updates a round needs (without DP: fewer → the round is
 *                         retried with a new cohort; with DP the round is released anyway, see
 *                         docs/federated.md), &gt;= 1 and &lt;= clientsPerRound
 * @param roundTimeoutMillis how long a round waits for updates after it starts, &gt; 0
 * @param maxRetries       retries of one round before the run fails, &gt;= 0
 * @param local            what each client does (E, B, η, μ)
 * @param strategy         aggregation rule and server optimiser
 * @param dp               DP-FedAvg settings, or null for no differential privacy
 * @param maxUpdateNorm    updates with a larger L2 norm are rejected (after finite-value and shape checks), &gt; 0
 * @param secureAggregation secure aggregation settings, or null for none (the server then sees each update)
 * @param evaluateEvery    evaluate the global model on the server's test set every this many rounds (0 = only
 *                         at the end), &gt;= 0
 * @param stopAtAccuracy   stop after the first evaluated round whose test accuracy is at least this, in [0, 1]
 *                         (0 = run all rounds; &gt; 0 needs evaluateEvery &gt;= 1). A stopping rule only: a resume
 *                         may add or change it (docs/federated.md section 5)
 */
public record FederationOptions(int rounds, int clientsPerRound, int minClients, long roundTimeoutMillis,
        int maxRetries, LocalTrainingOptions local, StrategyOptions strategy, DpFedAvgOptions dp, double maxUpdateNorm,
        int evaluateEvery, SecureAggregationOptions secureAggregation, double stopAtAccuracy) {

    public FederationOptions {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(strategy, "strategy");
        if (rounds < 1 || rounds > 100_000) {
            throw new IllegalArgumentException("rounds=" + rounds + ", allowed: [1, 100000]");
        }
        if (clientsPerRound < 1) {
            throw new IllegalArgumentException("clientsPerRound=" + clientsPerRound + ", allowed: >= 1");
        }
        if (minClients < 1 || minClients > clientsPerRound) {
            throw new IllegalArgumentException("minClients=" + minClients + ", allowed: [1, clientsPerRound="
                    + clientsPerRound + "]");
        }
        if (roundTimeoutMillis <= 0) {
            throw new IllegalArgumentException("roundTimeoutMillis=" + roundTimeoutMillis + ", allowed: > 0");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries=" + maxRetries + ", allowed: >= 0");
        }
        if (!(maxUpdateNorm > 0)) {
            throw new IllegalArgumentException("maxUpdateNorm=" + maxUpdateNorm + ", allowed: > 0");
        }
        if (evaluateEvery < 0) {
            throw new IllegalArgumentException("evaluateEvery=" + evaluateEvery + ", allowed: >= 0");
        }
        if (!(stopAtAccuracy >= 0 && stopAtAccuracy <= 1)) {
            throw new IllegalArgumentException("stopAtAccuracy=" + stopAtAccuracy + ", allowed: [0, 1] (0 = off)");
        }
        if (stopAtAccuracy > 0 && evaluateEvery == 0) {
            throw new IllegalArgumentException("stopAtAccuracy=" + stopAtAccuracy + " needs evaluateEvery >= 1 "
                    + "(the test accuracy it stops on)");
        }
        if (secureAggregation != null && strategy.isRobust()) {
            throw new IllegalArgumentException("strategy=" + strategy.rule().name() + " needs each update, which secure "
                    + "aggregation hides from the server; allowed with --secure-aggregation: fedavg, fedprox, fedadam, "
                    + "fedyogi, fedadagrad");
        }
        if (dp != null && strategy.isRobust()) {
            throw new IllegalArgumentException("strategy=" + strategy.rule() + " cannot be combined with DP: the DP "
                    + "analysis covers the clipped sum (fedavg); allowed with --dp: fedavg, fedprox, fedadam, fedyogi, "
                    + "fedadagrad");
        }
    }

    /** The local settings clients get: {@link #local} with the strategy's FedProx μ when it sets one. */
    public LocalTrainingOptions effectiveLocal() {
        return strategy.proximalMu() > 0 ? local.withProximalMu(strategy.proximalMu()) : local;
    }

    public FederationOptions withSecureAggregation(SecureAggregationOptions s) {
        return new FederationOptions(rounds, clientsPerRound, minClients, roundTimeoutMillis, maxRetries, local, strategy,
                dp, maxUpdateNorm, evaluateEvery, s, stopAtAccuracy);
    }

    public FederationOptions withEvaluateEvery(int n) {
        return new FederationOptions(rounds, clientsPerRound, minClients, roundTimeoutMillis, maxRetries, local,
                strategy, dp, maxUpdateNorm, n, secureAggregation, stopAtAccuracy);
    }

    public FederationOptions withStopAtAccuracy(double a) {
        return new FederationOptions(rounds, clientsPerRound, minClients, roundTimeoutMillis, maxRetries, local,
                strategy, dp, maxUpdateNorm, evaluateEvery, secureAggregation, a);
    }

    public boolean isPrivate() {
        return dp != null;
    }

    public FederationOptions withRounds(int r) {
        return new FederationOptions(r, clientsPerRound, minClients, roundTimeoutMillis, maxRetries, local, strategy,
                dp, maxUpdateNorm, evaluateEvery, secureAggregation, stopAtAccuracy);
    }

    public FederationOptions withDp(DpFedAvgOptions d) {
        return new FederationOptions(rounds, clientsPerRound, minClients, roundTimeoutMillis, maxRetries, local,
                strategy, d, maxUpdateNorm, evaluateEvery, secureAggregation, stopAtAccuracy);
    }

    public FederationOptions withStrategy(StrategyOptions s) {
        return new FederationOptions(rounds, clientsPerRound, minClients, roundTimeoutMillis, maxRetries, local, s,
                dp, maxUpdateNorm, evaluateEvery, secureAggregation, stopAtAccuracy);
    }

    public FederationOptions withLocal(LocalTrainingOptions l) {
        return new FederationOptions(rounds, clientsPerRound, minClients, roundTimeoutMillis, maxRetries, l,
                strategy, dp, maxUpdateNorm, evaluateEvery, secureAggregation, stopAtAccuracy);
    }

    public FederationOptions withRoundTimeoutMillis(long t) {
        return new FederationOptions(rounds, clientsPerRound, minClients, t, maxRetries, local, strategy, dp,
                maxUpdateNorm, evaluateEvery, secureAggregation, stopAtAccuracy);
    }
}
