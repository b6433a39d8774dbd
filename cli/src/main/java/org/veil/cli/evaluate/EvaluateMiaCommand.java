package org.veil.cli.evaluate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.LoadedData;
import org.veil.evaluate.attack.Attack;
import org.veil.evaluate.attack.AttackContext;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.attack.Candidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil evaluate mia}: run one membership-inference attack on a trained model and write attack.json. */
@Command(name = "mia", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a membership-inference attack on a trained model: how well can an attacker tell its "
                + "training rows (members) from other rows (non-members)? Writes OUT/attack.json (AUC, TPR at 0.1%% "
                + "and 1%% FPR, advantage, empirical epsilon lower bound vs the claimed epsilon).",
            "Members and non-members are rows of --data, loaded with the same data flags as the model was trained "
                    + "with (so they are encoded exactly as its training data), chosen by a SPEC: train, test, "
                    + "train:FROM-TO, test:FROM-TO (0-based, end exclusive) or rows:FILE (one train-row index per line). "
                    + "(Not separate data files per side: rows read and encoded on their own could differ from the "
                    + "model's input encoding.)",
            "Example: veil evaluate mia --model runs/base --data credit --rows 3000 --members train:0-500 "
                    + "--non-members test:0-500 --attack lira --out runs/base-lira"})
public final class EvaluateMiaCommand implements Callable<Integer> {
    /** δ used for the lower bound when the model claims none (non-private models). */
    static final double DEFAULT_DELTA = 1e-5;

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "Run directory of the target (model.zip and record.json).")
    private Path model;

    @Mixin
    private DataOptions data;

    @Option(names = "--members", required = true, paramLabel = "SPEC",
            description = "Rows that were in the training data (normally train or train:FROM-TO).")
    private String members;

    @Option(names = "--non-members", required = true, paramLabel = "SPEC",
            description = "Rows that were not (normally test or test:FROM-TO); must not overlap the members.")
    private String nonMembers;

    @Option(names = "--attack", required = true, paramLabel = "NAME",
            description = "threshold, shadow, lira, lira-offline or rmia.")
    private String attack;

    @Option(names = "--shadow-models", paramLabel = "K",
            description = "Shadow/reference models trained like the target. Default: 16 (lira, lira-offline, rmia), "
                    + "4 (shadow).")
    private Integer shadowModels;

    @Option(names = "--population", paramLabel = "SPEC", description = "Other rows from the data distribution "
            + "(rmia, shadow). Default: the test rows that are neither members nor non-members.")
    private String population;

    @Option(names = "--reference-models", paramLabel = "DIR", description = "Read the shadow/reference models "
            + "there if saved for these rows, else train and save them there. Default: OUT/reference-models.")
    private Path referenceModels;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "At most N rows per side (members, non-members, population), a seeded subsample.")
    private Integer maxRows;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the subsamples, the calibration split and the models. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "Confidence of the empirical epsilon lower bound, in (0.5, 1). Default: ${DEFAULT-VALUE}.")
    private double confidence;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory (created if missing); attack.json is replaced atomically.")
    private Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        AttackKind kind = AttackKind.parse(attack);
        int models = kind.models(shadowModels);
        MiaTarget target = MiaTarget.read(model);
        AttackContext ctx = new AttackContext(seed, confidence, target.delta(DEFAULT_DELTA), 0.5);
        LoadedData loaded = DataLoader.load(data.toSpec());
        target.requireTrainedOn(loaded);
        MiaRows rows = MiaRows.select(loaded.split(), members, nonMembers, population, kind.needsPopulation(),
                maxRows, seed);
        Candidates.check(target.model(), rows.members(), rows.nonMembers());
        Path pool = kind.needsModels() ? (referenceModels != null ? referenceModels : out.resolve("reference-models"))
                : null;
        AttackResult result;
        int used;
        try (TerminalProgress progress = TerminalProgress.forConsole(quiet || json.enabled())) {
            MiaPools pools = new MiaPools(target, pool, models, shadowModels != null, seed, progress);
            Attack a = pools.attack(kind, rows);
            result = a.run(target.model(), rows.members(), rows.nonMembers(), ctx);
            used = pools.modelsUsed();
        }
        AttackReport report = AttackReport.of(result, ctx, target, rows, pool, used);
        Path file = report.write(out);
        if (json.enabled()) {
            JsonOption.print(spec.commandLine().getOut(), report.fields());
        } else {
            report.print(spec.commandLine().getOut(), file);
        }
        return ExitCodes.OK;
    }
}
