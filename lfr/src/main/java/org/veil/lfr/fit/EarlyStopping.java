package org.veil.lfr.fit;

import org.veil.core.run.RunContext;
import org.veil.lfr.LfrOptions;
import org.veil.lfr.model.LfrObjective;
import org.veil.lfr.optim.IterationListener;

/**
 * L-BFGS listener of one restart: every {@link LfrOptions#CHECK_EVERY} iterations it evaluates the
 * validation loss, keeps a copy of the best parameters, reports progress, and stops the restart after
 * {@code patience} checks without improvement; it also stops on cancellation. With a parity target it
 * offers every check to the {@link ParitySelection}. Without validation rows it only reports progress. Not thread-safe (one restart).
 */
final class EarlyStopping implements IterationListener {
    private final LfrObjective train;
    private final LfrObjective valid;
    private final int patience;
    private final int restart;
    private final int restarts;
    private final RunContext ctx;
    private final ParitySelection selection;
    private double best = Double.POSITIVE_INFINITY;
    private double[] bestTheta;
    private int bestIteration = -1;
    private int stale;

    EarlyStopping(LfrObjective train, LfrObjective valid, int patience, int restart, int restarts, RunContext ctx,
            ParitySelection selection) {
        this.train = train;
        this.valid = valid;
        this.patience = patience;
        this.restart = restart;
        this.restarts = restarts;
        this.ctx = ctx;
        this.selection = selection;
    }

    @Override
    public boolean onIteration(int iteration, double value, double gradientNorm, double[] x) {
        if (ctx.cancellation().isCancelled()) {
            return false;
        }
        if (iteration % LfrOptions.CHECK_EVERY != 0) {
            return true;
        }
        ctx.progress().progress("LFR restart " + (restart + 1) + "/" + restarts + ", iteration " + iteration
                + ", loss " + String.format(java.util.Locale.ROOT, "%.5f", value), iteration, -1);
        if (valid == null) {
            return true;
        }
        double v = valid.terms(x).total();
        if (selection != null) {
            selection.offer(x, valid.predictions(), v, restart, iteration);
        }
        if (improves(v, best)) {
            best = v;
            bestTheta = x.clone();
            bestIteration = iteration;
            stale = 0;
            return true;
        }
        return ++stale < patience;
    }

    /** Whether {@code v} beats {@code best} by more than 1e-9 relative; the first finite value always does. */
    static boolean improves(double v, double best) {
        return Double.isInfinite(best) ? v < best : v < best - 1e-9 * Math.abs(best);
    }

    /** A copy of the parameters at the best check, or null when there was no check. */
    double[] bestTheta() {
        return bestTheta;
    }

    /** The iteration of {@link #bestTheta()}. */
    int bestIteration() {
        return bestIteration;
    }

    /** The validation loss at {@link #bestTheta()} (Infinity when there was no check). */
    double bestValidation() {
        return best;
    }
}
