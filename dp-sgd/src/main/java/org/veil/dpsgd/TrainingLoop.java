package org.veil.dpsgd;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.veil.core.dl4j.ClipStats;
import org.veil.core.dl4j.Clipping;
import org.veil.core.dl4j.PrivateGradients;
import org.veil.core.error.PrivacyBudgetExceededException;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.run.RunContext;
import org.veil.dpsgd.sampling.BatchSampler;

/**
 * The DP-SGD step loop (Abadi et al. 2016, Algorithm 1): sample a batch, clip and sum per-example
 * gradients, add Gaussian noise, divide by the expected batch size, apply the optimiser, record
 * the mechanism in the ledger. It also enforces the budget: with a target ε it never runs a step
 * that would take the ledger above it.
 *
 * <p>Not thread-safe; one loop per run.
 */
final class TrainingLoop {
    private final DpSgdPlan plan;
    private final Clipping clipping;
    private final PrivacyAccountant accountant;
    private final RunContext ctx;
    private final Checkpointer checkpointer;

    TrainingLoop(DpSgdPlan plan, Clipping clipping, PrivacyAccountant accountant, RunContext ctx,
            Checkpointer checkpointer) {
        this.plan = plan;
        this.clipping = clipping;
        this.accountant = accountant;
        this.ctx = ctx;
        this.checkpointer = checkpointer;
    }

    /** What a checkpoint write needs from the loop. */
    interface Checkpointer {
        /** Whether to save after {@code stepsDone} steps. */
        boolean due(long stepsDone, boolean epochEnd);

        /** Saves the state; a no-op when it is already saved or there is nowhere to save. */
        void save(RunState state) throws IOException;

        /** Where the last checkpoint is, for messages ("no checkpoint" when none). */
        String lastCheckpoint();
    }

    /** Runs steps until {@code endStep} steps are done (or the budget stops it). */
    void run(PrivateGradients pg, BatchSampler sampler, RunState state, long endStep) {
        long allowed = allowedSteps(state.ledger, endStep, sampler.poisson());
        Clipping enforced = NoisyGradient.enforced(clipping, plan.noiseMultiplier(), pg.numParameters());
        SubsampledGaussian mechanism = new SubsampledGaussian(plan.noiseMultiplier(), plan.sampleRate());
        pg.setEpoch((int) (state.stepsDone / plan.stepsPerEpoch()));
        long stop = Math.min(endStep, allowed);
        try (NoisePrefetch noise = new NoisePrefetch(ctx.noise(), Math.toIntExact(pg.numParameters()),
                plan.noiseMultiplier() * clipping.sensitivity(), stop)) {
            while (state.stepsDone < stop) {
                step(pg, sampler, state, enforced, noise, mechanism, endStep);
            }
        }
        saveCheckpoint(state);
        if (allowed < endStep) {
            double would = epsilonAfter(state.ledger, endStep - state.stepsDone);
            throw new PrivacyBudgetExceededException(plan.targetEpsilon(), would, "stopped after "
                    + state.stepsDone + " of " + endStep + " steps; what was trained is saved in "
                    + checkpointer.lastCheckpoint());
        }
    }

    private void step(PrivateGradients pg, BatchSampler sampler, RunState state, Clipping enforced,
            NoisePrefetch noise, SubsampledGaussian mechanism, long endStep) {
        int epochs = (int) ((endStep + plan.stepsPerEpoch() - 1) / plan.stepsPerEpoch());
        ctx.cancellation().check();
        long t = state.stepsDone;
        ClipStats stats = pg.accumulate(sampler.batch(t), enforced);
        if (stats.nonFinite() > 0) {
            pg.drainGradientSum();
            throw diverged(t, stats);
        }
        double[] sum = pg.drainGradientSum();
        noise.take(t).addTo(sum);
        pg.applyStep(sum, plan.expectedBatchSize());
        if (sampler.poisson()) {
            state.ledger.record(mechanism);
        }
        state.stepsDone = t + 1;
        boolean epochEnd = state.stepsDone % plan.stepsPerEpoch() == 0;
        track(state, stats, epochEnd, sampler.poisson());
        if (epochEnd) {
            pg.setEpoch((int) (state.stepsDone / plan.stepsPerEpoch()));
        }
        String task = String.format("epoch %d/%d", Math.min(epochs, 1 + (t / plan.stepsPerEpoch())), epochs);
        ctx.progress().progress(task + progressSuffix(state), state.stepsDone, endStep);
        if (checkpointer.due(state.stepsDone, epochEnd)) {
            saveCheckpoint(state);
        }
    }

    private void track(RunState state, ClipStats stats, boolean epochEnd, boolean poisson) {
        state.epochExamples += stats.examples();
        state.epochClipped += stats.clipped();
        state.epochLoss += stats.lossSum();
        state.epochSteps++;
        if (epochEnd) {
            double eps = poisson ? accountant.epsilon(state.ledger, plan.delta()).epsilon() : Double.POSITIVE_INFINITY;
            int epoch = (int) (state.stepsDone / plan.stepsPerEpoch());
            long n = Math.max(1, state.epochExamples);
            state.epochs.add(new EpochSummary(epoch, state.epochSteps, state.epochExamples,
                    (double) state.epochClipped / n, state.epochLoss / n, eps));
            state.resetEpoch();
        }
    }

    private static String progressSuffix(RunState state) {
        if (state.epochs.isEmpty()) {
            return "";
        }
        EpochSummary last = state.epochs.get(state.epochs.size() - 1);
        return String.format(" (after epoch %d: loss %.4f, clipped %.0f%%, eps %.3f)", last.epoch(), last.meanLoss(),
                100 * last.clippedFraction(), last.epsilon());
    }

    /** The most steps (up to {@code endStep}) the budget allows, given what the ledger already holds. */
    private long allowedSteps(PrivacyLedger ledger, long endStep, boolean poisson) {
        if (!plan.hasTarget() || !poisson) {
            return endStep;
        }
        long done = ledger.totalCount();
        if (epsilonAfter(ledger, endStep - done) <= plan.targetEpsilon()) {
            return endStep;
        }
        long lo = done;
        long hi = endStep;
        // Invariant: lo steps fit the budget, hi steps do not (ε grows with the number of steps).
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (epsilonAfter(ledger, mid - done) <= plan.targetEpsilon()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double epsilonAfter(PrivacyLedger ledger, long moreSteps) {
        PrivacyLedger l = ledger.copy();
        if (moreSteps > 0) {
            l.record(new SubsampledGaussian(plan.noiseMultiplier(), plan.sampleRate()), moreSteps);
        }
        return accountant.epsilon(l, plan.delta()).epsilon();
    }

    private void saveCheckpoint(RunState state) {
        try {
            checkpointer.save(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint: " + e.getMessage(), e);
        }
    }

    private TrainingDivergedException diverged(long step, ClipStats stats) {
        return new TrainingDivergedException("training diverged at step " + (step + 1) + ": " + stats.nonFinite()
                + " of " + stats.examples() + " examples had a non-finite loss or gradient; the step was not applied"
                + " and no model was written; last good checkpoint: " + checkpointer.lastCheckpoint()
                + "; try a smaller learning rate");
    }
}
