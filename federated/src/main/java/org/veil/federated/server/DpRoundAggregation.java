package org.veil.federated.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.federated.aggregate.ClientUpdate;
import org.veil.federated.dp.AdaptiveClipping;
import org.veil.federated.dp.DpAggregation;
import org.veil.federated.dp.DpPlan;
import org.veil.federated.optim.ServerOptimizer;

/**
 * A DP-FedAvg round ({@link DpAggregation}) followed by the server optimiser (post-processing of
 * the noisy mean, so FedAdam and friends cost no privacy). Every round, released or short, is
 * recorded in the ledger as one subsampled Gaussian (z, q) on the population of clients, and the
 * headline ε after it is logged.
 *
 * <p>Thread safety: the round loop only. Randomness: round t draws its noise from
 * {@code noise.stream(t)}, so a resumed run draws what an uninterrupted one would.
 */
public final class DpRoundAggregation implements RoundAggregation {

    private final DpPlan plan;
    private final AdaptiveClipping adaptive;
    private final NoiseSource noise;
    private final ServerOptimizer optimizer;
    private final PrivacyAccountant accountant;
    private PrivacyLedger ledger = new PrivacyLedger();
    private double clip;

    public DpRoundAggregation(DpPlan plan, double initialClip, AdaptiveClipping adaptive, NoiseSource noise,
            ServerOptimizer optimizer, PrivacyAccountant accountant) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.adaptive = adaptive;
        this.noise = Objects.requireNonNull(noise, "noise");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.accountant = Objects.requireNonNull(accountant, "accountant");
        this.clip = initialClip;
    }

    @Override
    public Outcome aggregate(float[] global, List<ClientUpdate> accepted, int round) {
        return release(global, DpAggregation.aggregate(accepted, global.length, clip, plan, adaptive,
                noise.stream(round)), false);
    }

    @Override
    public Outcome aggregateSum(float[] global, double[] sum, int count, int unclipped, int round) {
        // a failed secure round releases nothing, but is accounted all the same (conservative: the clients
        // computed and sent their masked updates)
        DpAggregation.Result r = null;
        if (sum != null) {
            if (sum.length != global.length) {
                throw new IllegalArgumentException("sum has " + sum.length + " values, allowed: " + global.length);
            }
            r = DpAggregation.fromSum(sum, count, unclipped, clip, plan, adaptive, noise.stream(round));
        }
        return release(global, r, true);
    }

    /**
     * Records the round in the ledger, applies the release to a copy of {@code global} and moves the clip
     * ({@code r} null: a failed secure round, nothing released).
     */
    private Outcome release(float[] global, DpAggregation.Result r, boolean secure) {
        ledger.record(new SubsampledGaussian(plan.noiseMultiplier(), plan.sampleRate()));
        float[] next = global.clone();
        double usedClip = clip;
        if (r != null) {
            optimizer.apply(next, r.meanDelta());
            clip = r.nextClip();
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        if (r == null) {
            facts.put("released", false);
        }
        facts.put("epsilon", accountant.epsilon(ledger, plan.delta()).epsilon());
        facts.put("clip", usedClip);
        if (adaptive != null) {
            facts.put("nextClip", clip);
        }
        if (secure) {
            facts.put("secure", true);
        }
        return new Outcome(next, facts);
    }

    @Override
    public boolean releasesShortRounds() {
        return true;
    }

    /** The ledger so far (a copy). */
    public PrivacyLedger ledger() {
        return ledger.copy();
    }

    /** The current clip norm. */
    public double clip() {
        return clip;
    }

    @Override
    public AggregationState state() {
        return new AggregationState(optimizer.state(), clip, ledger.copy());
    }

    @Override
    public void restore(AggregationState state) {
        optimizer.restore(state.optimizer());
        clip = state.clip();
        ledger = state.ledger().copy();
    }
}
