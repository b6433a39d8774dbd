package org.veil.lfr.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;
import org.veil.lfr.LfrOptions;
import org.veil.lfr.model.LfrObjective;
import org.veil.lfr.model.LfrProblem;
import org.veil.lfr.model.ParameterLayout;
import org.veil.lfr.optim.Lbfgs;
import org.veil.lfr.optim.LbfgsOptions;
import org.veil.lfr.optim.LbfgsResult;

/**
 * Fits the LFR objective: holds out a validation share, runs {@code restarts} L-BFGS minimisations from
 * random starts (Zemel et al. 2013 optimise with L-BFGS, Section 3), stops each early when the
 * validation loss has not improved for {@code patience} checks, and keeps the parameters with the lowest
 * validation loss over all restarts and checks.
 *
 * <p>Randomness: the split and the starting points come from {@code ctx.random()} only. Not thread-safe
 * per call (it owns a worker pool of {@code parallelism} threads for the objective's row blocks).
 */
public final class LfrFitter {
    private final LfrOptions options;
    private final int parallelism;

    public LfrFitter(LfrOptions options, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism=" + parallelism + ", allowed: >= 1");
        }
        this.options = options;
        this.parallelism = parallelism;
    }

    /** Fits on {@code data} with {@code alphaSets} sets of distance weights (see {@link ParameterLayout}). */
    public LfrFit fit(LfrProblem data, int alphaSets, RunContext ctx) {
        SplittableRandom random = ctx.random();
        LfrProblem[] parts = split(data, random);
        ParameterLayout layout = new ParameterLayout(options.prototypes(), data.features(), alphaSets);
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            LfrObjective train = new LfrObjective(parts[0], layout, options.weights(), options.mode(), pool);
            LfrObjective valid = parts[1] == null ? null
                    : new LfrObjective(parts[1], layout, options.weights(), options.mode(), pool);
            List<RestartResult> results = new ArrayList<>();
            ParitySelection selection = options.selectsByParity() ? new ParitySelection(options.parityTarget()) : null;
            double[] best = null;
            double bestScore = Double.POSITIVE_INFINITY;
            int bestRestart = 0;
            for (int r = 0; r < options.restarts(); r++) {
                ctx.cancellation().check();
                double[] start = Initialiser.start(parts[0], layout, options.mode(), random);
                EarlyStopping stop = new EarlyStopping(train, valid, options.patience(), r, options.restarts(),
                        ctx, selection);
                long t0 = System.nanoTime();
                LbfgsResult res = new Lbfgs(lbfgs()).minimize(train::valueAndGradient, start, stop);
                double[] kept = res.x();
                double validLoss = valid == null ? Double.NaN : valid.terms(kept).total();
                if (selection != null) {
                    selection.offer(kept, valid.predictions(), validLoss, r, res.iterations());
                }
                boolean checkWins = stop.bestTheta() != null && stop.bestValidation() < validLoss;
                if (checkWins) {
                    kept = stop.bestTheta();
                    validLoss = stop.bestValidation();
                }
                double trainLoss = train.terms(kept).total();
                results.add(new RestartResult(r, res.iterations(), res.evaluations(), trainLoss, validLoss,
                        res.gradientNorm(), res.reason().name(), checkWins ? stop.bestIteration() : res.iterations(),
                        (System.nanoTime() - t0) / 1e9));
                double score = valid == null ? trainLoss : validLoss;
                if (score < bestScore || best == null) {
                    bestScore = score;
                    best = kept;
                    bestRestart = r;
                }
            }
            if (selection != null) {
                best = selection.theta();
                bestRestart = selection.restart();
            }
            return new LfrFit(best, layout, results, bestRestart, train.terms(best),
                    valid == null ? null : valid.terms(best), selection == null ? null : selection.stats(),
                    selection == null ? -1 : selection.iteration());
        } finally {
            pool.shutdown();
        }
    }

    private LbfgsOptions lbfgs() {
        return new LbfgsOptions().withMaxIterations(options.maxIterations())
                .withMaxEvaluations(Math.max(20, 4 * options.maxIterations()));
    }

    /** [fitting rows, validation rows or null]; each side keeps rows of both protected sides. */
    private LfrProblem[] split(LfrProblem data, SplittableRandom random) {
        int held = (int) Math.round(options.validationFraction() * data.rows());
        if (held == 0) {
            return new LfrProblem[] {data, null};
        }
        int[] order = new int[data.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Randomness.shuffle(order, random);
        int[] valid = java.util.Arrays.copyOfRange(order, 0, held);
        int[] fit = java.util.Arrays.copyOfRange(order, held, order.length);
        try {
            return new LfrProblem[] {data.subset(fit), data.subset(valid)};
        } catch (IllegalArgumentException oneSided) {
            throw new IllegalArgumentException("validationFraction=" + options.validationFraction() + " leaves a "
                    + "part with only one side of the protected attribute (" + data.rows() + " rows, "
                    + data.privilegedRows() + " privileged); use more rows or validationFraction=0", oneSided);
        }
    }
}
