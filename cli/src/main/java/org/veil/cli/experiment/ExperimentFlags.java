package org.veil.cli.experiment;

import java.util.List;
import org.veil.core.dl4j.Activation;
import org.veil.core.dl4j.MlpSpec;
import org.veil.evaluate.experiment.ExperimentOptions;
import org.veil.evaluate.experiment.ExperimentSizes;
import org.veil.evaluate.experiment.ModelSettings;
import org.veil.evaluate.experiment.PateSettings;
import picocli.CommandLine.Option;

/** The flags of {@code veil experiment}, turned into validated {@link ExperimentOptions}. */
public final class ExperimentFlags {
    @Option(names = "--methods", split = ",", paramLabel = "METHOD",
            description = "Methods to train: baseline, dp-sgd, pate, lfr, dp-fedavg. Default: baseline,dp-sgd (pate "
                    + "adds one PATE student per epsilon: about 1 minute per target in the quick run; lfr adds one "
                    + "non-private LFR model, which needs a protected column; dp-fedavg adds one DP-FedAvg model per "
                    + "epsilon, user-level, the members spread over clients of 10 rows).")
    private List<String> methods;

    @Option(names = "--epsilons", split = ",", paramLabel = "EPS",
            description = "Target epsilons of the private methods. Default: 0.5,1,2,4,8 (quick: 1,8).")
    private List<Double> epsilons;

    @Option(names = "--attacks", split = ",", paramLabel = "ATTACK",
            description = "Attacks: threshold, shadow, lira, lira-offline, rmia. Default: threshold,lira,rmia.")
    private List<String> attacks;

    @Option(names = "--quick", description = "Smaller run (2000 members, 8 reference models, epsilons 1 and 8, "
            + "10 DP-SGD epochs): about 1 minute on 2 cores; the full run takes about 10.")
    private boolean quick;

    @Option(names = "--members", paramLabel = "N", description = "Members per target (and as many non-members). "
            + "Default: 5000 (quick: 2000).")
    private Integer members;

    @Option(names = "--population", paramLabel = "N", description = "Population rows for rmia and shadow. "
            + "Default: 5000 (quick: 2000).")
    private Integer population;

    @Option(names = "--reference-models", paramLabel = "K", description = "Reference models per target for LiRA and "
            + "RMIA (even, >= 4 for LiRA). Default: 16 (quick: 8).")
    private Integer referenceModels;

    @Option(names = "--shadow-models", paramLabel = "K", description = "Shadow models per target for the shadow "
            + "attack. Default: 4 (quick: 2).")
    private Integer shadowModels;

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs of every model (baseline and "
            + "DP-SGD). Default: baseline 10, DP-SGD 20 (quick: 10).")
    private Integer epochs;

    @Option(names = "--hidden", split = ",", paramLabel = "WIDTH",
            description = "Hidden layer widths of every MLP (baseline and DP-SGD). Default: 64,32 (baseline), 64 (DP-SGD).")
    private List<Integer> hidden;

    @Option(names = "--batch-size", paramLabel = "B", description = "Batch size of every model (DP-SGD: expected "
            + "Poisson batch). Default: 256 (baseline), 64 (DP-SGD).")
    private Integer batchSize;

    @Option(names = "--teachers", paramLabel = "N", description = "PATE teachers per run. Default: members / 20 "
            + "in [10, 250] (100 for the quick run, 250 for the full one).")
    private Integer teachers;

    @Option(names = "--public-rows", paramLabel = "N", description = "Rows drawn for PATE's student, disjoint from "
            + "members, non-members and population (the query count is capped by it). Default: 4000.")
    private Integer publicRows;

    public boolean quick() {
        return quick;
    }

    /** The options: the defaults of the full or quick run, with every flag given replacing its default. */
    public ExperimentOptions toOptions(long seed) {
        ExperimentOptions d = ExperimentOptions.defaults(quick, seed);
        ExperimentSizes s = d.sizes();
        ExperimentSizes sizes = new ExperimentSizes(or(members, s.members()), or(population, s.population()),
                or(referenceModels, s.referenceModels()), or(shadowModels, s.shadowModels()));
        ModelSettings models = d.models();
        PateSettings pate = members == null ? models.pate() : PateSettings.forMembers(members);
        if (teachers != null) {
            pate = pate.withTeachers(teachers);
        }
        if (publicRows != null) {
            pate = pate.withPublicRows(publicRows);
        }
        models = models.withPate(pate);
        if (epochs != null) {
            models = models.withBaseline(models.baseline().withEpochs(epochs))
                    .withDpSgd(models.dpSgd().withEpochs(epochs));
        }
        if (hidden != null) {
            MlpSpec net = new MlpSpec(hidden, Activation.RELU);
            models = models.withBaseline(models.baseline().withNetwork(net))
                    .withDpSgd(models.dpSgd().withNetwork(net));
        }
        if (batchSize != null) {
            models = models.withBaseline(models.baseline().withBatchSize(batchSize))
                    .withDpSgd(models.dpSgd().withBatchSize(batchSize));
        }
        return new ExperimentOptions(or(methods, d.methods()), or(epsilons, d.epsilons()), or(attacks, d.attacks()),
                sizes, models, seed, quick);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
