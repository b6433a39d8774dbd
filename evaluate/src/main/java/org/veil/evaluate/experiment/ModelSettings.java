package org.veil.evaluate.experiment;

import java.util.Objects;
import org.veil.core.train.BaselineOptions;
import org.veil.dpsgd.DpSgdOptions;

/**
 * The training options of an experiment's targets: the non-private baseline's, and the DP-SGD
 * template whose budget is replaced by each target ε, and PATE's settings (its student is the baseline's
 * MLP). Shadow and reference models use the same.
 *
 * @param baseline the non-private MLP
 * @param dpSgd    DP-SGD's options apart from the budget
 * @param pate     PATE's teachers, aggregator scaling and public rows
 */
public record ModelSettings(BaselineOptions baseline, DpSgdOptions dpSgd, PateSettings pate) {

    public ModelSettings {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(dpSgd, "dpSgd");
        Objects.requireNonNull(pate, "pate");
    }

    /** The baseline and DP-SGD options with PATE's settings for the full run's 5000 members. */
    public ModelSettings(BaselineOptions baseline, DpSgdOptions dpSgd) {
        this(baseline, dpSgd, PateSettings.forMembers(ExperimentSizes.full().members()));
    }

    /** Defaults of the trainers, with the DP-SGD epochs and PATE teachers of the quick or full run. */
    public static ModelSettings defaults(boolean quick) {
        return new ModelSettings(new BaselineOptions(), new DpSgdOptions().withEpochs(quick ? 10 : 20).withBatchSize(64),
                PateSettings.forMembers((quick ? ExperimentSizes.quick() : ExperimentSizes.full()).members()));
    }

    public ModelSettings withBaseline(BaselineOptions value) {
        return new ModelSettings(value, dpSgd, pate);
    }

    public ModelSettings withDpSgd(DpSgdOptions value) {
        return new ModelSettings(baseline, value, pate);
    }

    public ModelSettings withPate(PateSettings value) {
        return new ModelSettings(baseline, dpSgd, value);
    }
}
