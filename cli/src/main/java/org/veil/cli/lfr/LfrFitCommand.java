package org.veil.cli.lfr;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.OutputOptions;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DatasetSplit;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;
import org.veil.core.train.TrainingJob;
import org.veil.lfr.LfrEvaluation;
import org.veil.lfr.LfrModel;
import org.veil.lfr.LfrTrainer;
import org.veil.lfr.ProtectedSetting;
import org.veil.lfr.leakage.LeakageResult;
import org.veil.lfr.leakage.ProtectedLeakage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil lfr fit}: fit LFR, measure accuracy and fairness on the test split beside a baseline. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit Learned Fair Representations (Zemel et al. 2013) with L-BFGS and random restarts.",
            "Writes model.zip and record.json; metrics on the test split (accuracy, balanced accuracy, statistical "
                    + "parity difference, disparate impact, equal opportunity and average odds differences, "
                    + "consistency) for LFR's label head and, under baseline.*, for an unconstrained MLP."})
public final class LfrFitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private LfrFlags flags;

    @Mixin
    private LfrRunFlags run;

    @Mixin
    private OutputOptions output;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        ProtectedSetting setting = flags.setting();
        LfrTrainer trainer = new LfrTrainer(flags.toOptions(), setting, run.threads());
        DatasetSplit split = DataLoader.load(data.toSpec()).split();
        TrainedModel<LfrModel> trained;
        RunContext ctx;
        Map<String, Double> metrics = new LinkedHashMap<>();
        try (TerminalProgress progress = TerminalProgress.forConsole(run.quiet || json.enabled())) {
            ctx = RunContext.seeded(run.seed).withProgress(progress);
            trained = TrainingJob.trainAndTest(trainer, split, ctx);
            LfrModel m = trained.model();
            metrics.putAll(LfrEvaluation.metrics(m, split.test(), m.privilegedGroups(), m.favourableClass(), ""));
            Map<String, Double> base = run.baseline(split, m.privilegedGroups(), m.favourableClass(), "baseline.",
                    progress);
            if (base != null) {
                metrics.putAll(base);
            }
            metrics.putAll(leakage(m, split, ctx));
        }
        trained = trained.withRecord(trained.record().withMetrics(metrics, Instant.now()));
        output.write(trained);
        report(trained.record().metrics());
        return ExitCodes.OK;
    }

    /** The adversarial leakage of the protected attribute from the representation (memberships). */
    private static Map<String, Double> leakage(LfrModel m, DatasetSplit split, RunContext ctx) {
        var p = split.train().protectedAttribute();
        LeakageResult r = ProtectedLeakage.measure(m.memberships(split.train().features()), p.groups(),
                m.memberships(split.test().features()), split.test().protectedAttribute().groups(), p.groupNames(),
                ctx);
        return Map.of("protectedLeakage", r.best(), "protectedLeakageLogistic", r.logistic(),
                "protectedLeakageMlp", r.mlp());
    }

    private void report(Map<String, Double> m) {
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> result = new LinkedHashMap<>(LfrEvaluation.pick(m, ""));
            if (!run.noBaseline) {
                result.put("baseline", LfrEvaluation.pick(m, "baseline."));
            }
            result.put("protectedLeakage", m.get("protectedLeakage"));
            result.put("model", output.modelFile().toString());
            result.put("record", output.recordFile().toString());
            JsonOption.print(out, result);
            return;
        }
        out.println(LfrEvaluation.line("LFR     ", m, ""));
        if (!run.noBaseline) {
            out.println(LfrEvaluation.line("baseline", m, "baseline."));
        }
        out.printf(Locale.ROOT, "protected attribute from the representation: balanced accuracy %.4f (best of "
                + "logistic %.4f and MLP %.4f; chance is 1/groups)%n", m.get("protectedLeakage"),
                m.get("protectedLeakageLogistic"), m.get("protectedLeakageMlp"));
        out.printf(Locale.ROOT, "L-BFGS: %d iterations in the kept restart, gradient inf-norm %.3g, loss %.5f "
                + "(see record.json notes for every restart)%n", m.get("iterations").intValue(), m.get("gradientNorm"),
                m.get("loss"));
        out.println(output.wroteLine());
        out.flush();
    }
}
