package org.veil.evaluate.experiment;

import java.util.Objects;
import org.veil.core.train.BaselineOptions;
import org.veil.dpsgd.DpSgdOptions;

/**
 * The training options of an experiment's targets: the non-private baseline's, and the DP-SGD
 * template whose budget is replaced by each target ε. Shadow and reference models use the same.
 *
 * @param baseline the non-private MLP
 * @param dpSgd    DP-SGD's options apart from the budget
 */
public record ModelSettings(BaselineOptions baseline, DpSgdOptions dpSgd) {

    public ModelSettings {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(dpSgd, "dpSgd");
    }

    /** Defaults of the two trainers, with the DP-SGD epochs of the quick or full run. */
    public static ModelSettings defaults(boolean quick) {
        return new ModelSettings(new BaselineOptions(), new DpSgdOptions().withEpochs(quick ? 10 : 20).withBatchSize(64));
    }
}
