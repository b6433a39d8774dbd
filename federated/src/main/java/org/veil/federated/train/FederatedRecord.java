package org.veil.federated.train;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;
import org.veil.core.run.RunContext;
import org.veil.dpsgd.AccountantEpsilons;
import org.veil.federated.dp.DpPlan;
import org.veil.federated.server.FederatedResult;
import org.veil.federated.server.FederationOptions;
import org.veil.federated.server.RoundSummary;

/**
 * Builds the {@link TrainingRecord} of a federated run: user-level ε from the chosen accountant
 * (RDP and PLD both in the metrics) over the ledger of one subsampled Gaussian per round, the
 * protocol counts the {@code --json} contract names ({@code rounds}, {@code clientsPerRound},
 * {@code droppedUpdates}, {@code rejectedUpdates}), and the per-round test accuracy when the
 * server evaluated. Stateless.
 */
final class FederatedRecord {

    private FederatedRecord() {
    }

    /**
     * What the record says about the run besides its result.
     *
     * @param method     {@code fedavg}, {@code dp-fedavg}, ...
     * @param options    the options as the record shows them
     * @param federation the federation options
     * @param clients    number of clients (population)
     * @param data       the data the clients held
     */
    record Run(String method, Object options, FederationOptions federation, int clients, DataInfo data) {
    }

    static TrainingRecord of(Run run, FederatedResult result, RunContext ctx, Instant started) {
        FederationOptions federation = run.federation();
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        metrics.put("rounds", (double) result.rounds());
        metrics.put("clients", (double) run.clients());
        metrics.put("clientsPerRound", (double) federation.clientsPerRound());
        metrics.put("droppedUpdates", (double) result.droppedUpdates());
        metrics.put("rejectedUpdates", (double) result.rejectedUpdates());
        for (RoundSummary s : result.history()) {
            if (!Double.isNaN(s.testAccuracy())) {
                metrics.put(String.format("testAccuracy.round%04d", s.round() + 1), s.testAccuracy());
            }
        }
        if (federation.stopAtAccuracy() > 0) {
            metrics.put("stopAtAccuracy", federation.stopAtAccuracy());
            if (result.rounds() < federation.rounds()) {
                notes.add("Stopped after round " + result.rounds() + " of " + federation.rounds() + ": the test accuracy "
                        + "reached stopAtAccuracy = " + federation.stopAtAccuracy() + ".");
            }
        }
        PrivacyInfo privacy;
        DpPlan plan = result.dpPlan();
        if (plan == null) {
            privacy = PrivacyInfo.nonPrivate();
            notes.add("No differential privacy: the clients' data stays on the clients, but the updates and the final "
                    + "model are not protected against inference (no epsilon is claimed).");
        } else {
            PrivacyAccountant headline = federation.dp().accountant().create();
            PrivacyGuarantee g = headline.epsilon(result.ledger(), plan.delta());
            privacy = PrivacyInfo.of(result.ledger(), g, ctx.noise().name());
            Map<String, Double> both = AccountantEpsilons.of(result.ledger(), plan.delta(), headline, g, notes);
            metrics.put("epsilonRdp", both.get("epsilonRdp"));
            metrics.put("epsilonPld", both.get("epsilonPld"));
            metrics.put("noiseMultiplier", plan.noiseMultiplier());
            metrics.put("updateNoiseMultiplier", plan.updateNoiseMultiplier());
            metrics.put("sampleRate", plan.sampleRate());
            metrics.put("population", (double) plan.population());
            metrics.put("delta", plan.delta());
            notes.add("User-level (client-level) DP: the guarantee covers adding or removing all of one client's data. "
                    + "Each round is one subsampled Gaussian mechanism with q = expected clients / population = "
                    + plan.sampleRate() + " (Poisson sampling of clients) and noise multiplier z = "
                    + plan.noiseMultiplier() + "; the noisy sum is divided by the expected cohort size "
                    + plan.expectedClients() + ".");
            if (federation.dp().targetEpsilon() != null) {
                metrics.put("targetEpsilon", federation.dp().targetEpsilon());
            }
        }
        return new TrainingRecord(TrainingRecord.SCHEMA_VERSION, run.method(),
                RecordJson.mapper().valueToTree(run.options()), run.data(), privacy, metrics, ctx.seed(), started,
                Instant.now(), Versions.current(), notes);
    }
}
