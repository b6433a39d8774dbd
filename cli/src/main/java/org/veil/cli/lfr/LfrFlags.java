package org.veil.cli.lfr;

import java.util.List;
import org.veil.lfr.LfrMode;
import org.veil.lfr.LfrOptions;
import org.veil.lfr.ProtectedSetting;
import org.veil.lfr.model.LossWeights;
import picocli.CommandLine.Option;

/** The model flags of {@code veil lfr fit}, turned into {@link LfrOptions} (which validates them). */
final class LfrFlags {
    @Option(names = "--privileged", split = ",", paramLabel = "VALUE",
            description = "Privileged group(s) of the protected column (default: the group with the highest "
                    + "share of the favourable class in the training rows).")
    List<String> privileged = List.of();

    @Option(names = "--favourable", paramLabel = "CLASS",
            description = "The favourable label class (default: class 1 in Veil's class order, e.g. Adult's >50K).")
    String favourable;

    @Option(names = "--prototypes", paramLabel = "K", defaultValue = "" + LfrOptions.DEFAULT_PROTOTYPES,
            description = "Number of prototypes, in [2, 1000]. Default: ${DEFAULT-VALUE}.")
    int prototypes;

    @Option(names = "--ax", paramLabel = "A", defaultValue = "" + LfrOptions.DEFAULT_AX,
            description = "Weight of the reconstruction loss Lx, >= 0. Default: ${DEFAULT-VALUE}.")
    double ax;

    @Option(names = "--ay", paramLabel = "A", defaultValue = "" + LfrOptions.DEFAULT_AY,
            description = "Weight of the label loss Ly, > 0. Default: ${DEFAULT-VALUE}.")
    double ay;

    @Option(names = "--az", paramLabel = "A", defaultValue = "" + LfrOptions.DEFAULT_AZ,
            description = "Weight of the statistical-parity loss Lz, >= 0 (AIF360's own default, for --mode aif360, "
                    + "is 50). Default: ${DEFAULT-VALUE}.")
    double az;

    @Option(names = "--mode", paramLabel = "paper|aif360", defaultValue = "paper",
            description = "paper: Zemel et al.'s objective (learned per-feature, per-group distance weights); "
                    + "aif360: AIF360's LFR objective (plain Euclidean distance). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--restarts", paramLabel = "R", defaultValue = "" + LfrOptions.DEFAULT_RESTARTS,
            description = "Random restarts, in [1, 100]; the lowest validation loss wins. Default: ${DEFAULT-VALUE}.")
    int restarts;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "" + LfrOptions.DEFAULT_MAX_ITERATIONS,
            description = "L-BFGS iterations per restart, in [1, 100000]. Default: ${DEFAULT-VALUE}.")
    int maxIterations;

    @Option(names = "--validation-fraction", paramLabel = "F",
            defaultValue = "" + LfrOptions.DEFAULT_VALIDATION_FRACTION,
            description = "Training rows held out for early stopping, in [0, 0.5). Default: ${DEFAULT-VALUE}.")
    double validationFraction;

    @Option(names = "--parity-target", paramLabel = "T",
            description = "Choose the parameters (over every validation check of every restart) with the highest "
                    + "validation accuracy whose |statistical parity difference| on the validation rows is <= T, in "
                    + "(0, 1). Default: the lowest validation loss.")
    Double parityTarget;

    LfrOptions toOptions() {
        LfrMode m = switch (mode) {
            case "paper" -> LfrMode.PAPER;
            case "aif360" -> LfrMode.AIF360;
            default -> throw new IllegalArgumentException("--mode=" + mode + ", allowed: paper, aif360");
        };
        return new LfrOptions(prototypes, new LossWeights(ax, ay, az), m, restarts, maxIterations,
                validationFraction, new LfrOptions().patience(), parityTarget == null ? Double.NaN : parityTarget);
    }

    ProtectedSetting setting() {
        return new ProtectedSetting(privileged, favourable);
    }
}
