package org.veil.cli.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.SeedOption;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DatasetSplit;
import org.veil.core.record.DataInfo;
import org.veil.core.run.CancellationFlag;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.experiment.ExperimentOptions;
import org.veil.evaluate.experiment.ExperimentReports;
import org.veil.evaluate.experiment.ExperimentResult;
import org.veil.evaluate.experiment.ExperimentRunner;
import org.veil.evaluate.experiment.TargetResult;
import org.veil.evaluate.report.ExperimentReport;
import org.veil.evaluate.report.ReportHtml;
import org.veil.evaluate.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil experiment}: baseline and private models at each budget, attacked, in one report. */
@Command(name = "experiment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a non-private baseline and DP-SGD (and, with --methods ...,pate, PATE) models at each "
                + "epsilon on the same members, attack "
                + "each with membership-inference attacks, and write OUT/report.json, OUT/report.html and "
                + "OUT/<method>[-<eps>]/ (model.zip, record.json, reference-models/).",
            "Everything derives from --seed (splits, training, noise, attacks), so a run repeats exactly."})
public final class ExperimentCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private ExperimentFlags flags;

    @Mixin
    private SeedOption seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/experiment",
            description = "Output directory (created if missing). Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() throws IOException {
        ExperimentOptions options = flags.toOptions(seed.seed());
        DatasetSplit split = DataLoader.load(data.toSpec()).split();
        ExperimentResult result;
        try (TerminalProgress progress = TerminalProgress.forConsole(quiet || json.enabled())) {
            result = ExperimentRunner.run(split, options, out, progress, new CancellationFlag());
        }
        String command = "veil experiment " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        ExperimentReport report = ExperimentReports.of(result, DataInfo.of(split), command.strip());
        ExperimentReports.write(report, out);
        if (json.enabled()) {
            JsonOption.print(spec.commandLine().getOut(), report);
        } else {
            report(result, report);
        }
        return ExitCodes.OK;
    }

    private void report(ExperimentResult result, ExperimentReport report) {
        PrintWriter w = spec.commandLine().getOut();
        for (TargetResult t : result.targets()) {
            double eps = t.claimedEpsilon();
            w.printf(Locale.ROOT, "%-12s eps=%-7s acc=%.4f", t.target().name(),
                    Double.isInfinite(eps) ? "inf" : String.format(Locale.ROOT, "%.4g", eps), t.testAccuracy());
            if ("pate".equals(t.target().method())) {
                w.printf(Locale.ROOT, " budget=%s", t.target().epsilon());
            }
            for (Map.Entry<String, AttackResult> a : t.attacks().entrySet()) {
                w.printf(Locale.ROOT, "  %s auc=%.3f tpr@0.1%%=%.4f tpr@1%%=%.4f epsLB=%.3f", a.getKey(),
                        a.getValue().auc(), a.getValue().tprAt0_1PctFpr(), a.getValue().tprAt1PctFpr(),
                        a.getValue().empiricalEpsilon());
            }
            w.println();
        }
        if (report.alarm()) {
            w.println("ALARM: an attack's epsilon lower bound exceeds a claimed epsilon (see report.html)");
        }
        w.println("wrote " + out.resolve(ReportJson.FILE_NAME) + " and " + out.resolve(ReportHtml.FILE_NAME));
        w.flush();
    }
}
