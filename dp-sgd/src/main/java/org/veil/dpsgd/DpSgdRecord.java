package org.veil.dpsgd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.data.Dataset;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;
import org.veil.core.run.RunContext;

/**
 * Builds the {@link TrainingRecord} of a DP-SGD run: the headline ε from the chosen accountant,
 * ε from both RDP and PLD in the metrics, σ, q, steps, C, δ, and the per-epoch fraction of clipped
 * examples. A run with shuffled batches gets {@code epsilon = Infinity} and a note (no certified
 * guarantee). Stateless.
 */
final class DpSgdRecord {

    private DpSgdRecord() {
    }

    static TrainingRecord of(DpSgdOptions options, DpSgdPlan plan, RunState state, Dataset data, RunContext ctx,
            PrivacyAccountant headline, Instant startedAt) {
        boolean poisson = options.privacy().sampling() == Sampling.POISSON;
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add("The number of training rows N = " + plan.rows() + " is treated as public: q = B/N = "
                + plan.sampleRate() + " and the noisy gradient sum is divided by the expected batch size qN = "
                + plan.expectedBatchSize() + ".");
        notes.add("Batches: " + (poisson ? "Poisson sampling" : "shuffled fixed-size batches") + " from a "
                + (ctx.noise().isSecure() ? "secure generator" : "generator seeded with the recorded seed (anyone "
                + "with the seed can recompute the batches)") + "; noise source: " + ctx.noise().name() + ".");
        PrivacyInfo privacy;
        if (poisson) {
            PrivacyGuarantee g = headline.epsilon(state.ledger, plan.delta());
            privacy = PrivacyInfo.of(state.ledger, g, ctx.noise().name());
            Map<String, Double> both = AccountantEpsilons.of(state.ledger, plan.delta(), headline, g, notes);
            metrics.put("epsilonRdp", both.get("epsilonRdp"));
            metrics.put("epsilonPld", both.get("epsilonPld"));
        } else {
            privacy = new PrivacyInfo(Double.POSITIVE_INFINITY, plan.delta(), "none", new PrivacyLedger(), null,
                    ctx.noise().name());
            notes.add("Shuffled batches: the subsampled-Gaussian analysis assumes Poisson sampling and does not "
                    + "hold for this run, so no epsilon is certified (epsilon = Infinity).");
        }
        metrics.put("noiseMultiplier", plan.noiseMultiplier());
        metrics.put("sampleRate", plan.sampleRate());
        metrics.put("steps", (double) state.stepsDone);
        metrics.put("maxGradNorm", options.privacy().maxGradNorm());
        metrics.put("delta", plan.delta());
        if (plan.hasTarget()) {
            metrics.put("targetEpsilon", plan.targetEpsilon());
        }
        for (EpochSummary e : state.epochs) {
            metrics.put(String.format("clippedFraction.epoch%03d", e.epoch()), e.clippedFraction());
        }
        if (!state.epochs.isEmpty()) {
            metrics.put("clippedFraction", state.epochs.get(state.epochs.size() - 1).clippedFraction());
        }
        return new TrainingRecord(TrainingRecord.SCHEMA_VERSION, DpSgdTrainer.METHOD,
                RecordJson.mapper().valueToTree(options), DataInfo.of(data.source(), data.rows(), null), privacy,
                metrics, ctx.seed(), startedAt, Instant.now(), Versions.current(), notes);
    }
}
