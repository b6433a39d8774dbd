package org.veil.lfr.sweep;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.data.DatasetSplit;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;
import org.veil.lfr.LfrEvaluation;
import org.veil.lfr.LfrModel;
import org.veil.lfr.LfrOptions;
import org.veil.lfr.LfrTrainer;
import org.veil.lfr.ProtectedSetting;

/**
 * Traces the accuracy–parity trade-off of LFR by refitting with each parity weight Az (Zemel et al. 2013,
 * Section 4 select the weights on a validation set along this curve) and measuring every fit on the test
 * split. Fit i uses seed {@code Randomness.derive(seed, i)}, so a point can be reproduced alone.
 * Stateless; each call owns its trainers.
 */
public final class LfrSweep {

    private LfrSweep() {
    }

    /**
     * Fits one model per value of {@code azs} (in the given order) with the other options of {@code base}.
     *
     * @return one point per Az, in order
     */
    public static List<SweepPoint> run(LfrOptions base, ProtectedSetting setting, int parallelism, double[] azs,
            DatasetSplit split, RunContext ctx) {
        if (azs.length == 0) {
            throw new IllegalArgumentException("no Az values to sweep, allowed: at least one");
        }
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < azs.length; i++) {
            ctx.cancellation().check();
            LfrTrainer trainer = new LfrTrainer(base.withWeights(base.weights().withAz(azs[i])), setting, parallelism);
            long t0 = System.nanoTime();
            RunContext fitCtx = RunContext.seeded(Randomness.derive(ctx.seed(), i)).withProgress(ctx.progress())
                    .withCancellation(ctx.cancellation());
            TrainedModel<LfrModel> fit = trainer.train(split.train(), fitCtx);
            double seconds = (System.nanoTime() - t0) / 1e9;
            LfrModel m = fit.model();
            points.add(new SweepPoint(azs[i], LfrEvaluation.metrics(m, split.test(), m.privilegedGroups(),
                    m.favourableClass(), ""), seconds));
        }
        return points;
    }
}
