package org.veil.cli.lfr;

import java.util.List;
import java.util.Map;
import org.veil.core.data.DatasetSplit;
import org.veil.core.run.ProgressListener;
import org.veil.core.run.RunContext;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.train.TrainingJob;
import org.veil.lfr.LfrEvaluation;
import picocli.CommandLine.Option;

/**
 * The run flags {@code veil lfr fit} and {@code veil lfr sweep} share (seed, threads, progress, the
 * baseline), and the baseline they both measure: the baseline trainer's default MLP, trained with the
 * same seed and scored with the same fairness fields.
 */
final class LfrRunFlags {
    @Option(names = "--no-baseline", description = "Skip the unconstrained baseline MLP.")
    boolean noBaseline;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the validation split and the restarts (a sweep's fit i uses a seed derived from "
                    + "it). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--parallelism", paramLabel = "N", description = "Worker threads (default: the cores).")
    Integer parallelism;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    int threads() {
        return parallelism == null ? Runtime.getRuntime().availableProcessors() : parallelism;
    }

    /**
     * The baseline's metrics on the test split under {@code prefix}, or null with {@code --no-baseline}.
     *
     * @param privileged the privileged group names
     * @param favourable the favourable class index
     */
    Map<String, Double> baseline(DatasetSplit split, List<String> privileged, int favourable, String prefix,
            ProgressListener progress) {
        if (noBaseline) {
            return null;
        }
        var base = TrainingJob.trainAndTest(new BaselineTrainer(), split, RunContext.seeded(seed).withProgress(progress));
        return LfrEvaluation.metrics(base.model(), split.test(), privileged, favourable, prefix);
    }
}
