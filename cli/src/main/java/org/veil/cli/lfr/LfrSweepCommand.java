package org.veil.cli.lfr;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.cli.support.TerminalProgress;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DatasetSplit;
import org.veil.core.error.VeilException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.record.RecordJson;
import org.veil.core.run.RunContext;
import org.veil.evaluate.report.FairnessTradeoffPage;
import org.veil.lfr.LfrEvaluation;
import org.veil.lfr.ProtectedSetting;
import org.veil.lfr.sweep.LfrSweep;
import org.veil.lfr.sweep.SweepPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil lfr sweep}: the accuracy–parity trade-off curve over the parity weight Az. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit LFR once per parity weight Az and measure each fit on the test split.",
            "Writes OUT/sweep.json (every metric per Az, and the baseline MLP) and OUT/sweep.html (the trade-off plot)."})
public final class LfrSweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private LfrFlags flags;

    @Option(names = "--az-values", split = ",", paramLabel = "A", defaultValue = "0.05,0.1,0.2,0.3,0.5,0.75,1,2",
            description = "Parity weights to fit (--az is ignored). Default: ${DEFAULT-VALUE}.")
    private double[] azs;

    @Mixin
    private LfrRunFlags run;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for sweep.json and sweep.html.")
    private Path out;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        var options = flags.toOptions();
        DatasetSplit split = DataLoader.load(data.toSpec()).split();
        List<SweepPoint> points;
        ProtectedSetting setting = flags.setting();
        Map<String, Double> base;
        try (TerminalProgress progress = TerminalProgress.forConsole(run.quiet || json.enabled())) {
            RunContext ctx = RunContext.seeded(run.seed).withProgress(progress);
            points = LfrSweep.run(options, setting, run.threads(), azs, split, ctx);
            int fav = setting.favourableIndex(split.train());
            base = run.baseline(split, setting.privilegedNames(split.train(), fav), fav, "", progress);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", split.train().source().name());
        result.put("protectedColumn", split.train().protectedAttribute() == null ? null
                : split.train().protectedAttribute().name());
        result.put("points", points);
        result.put("baseline", base);
        String title = "LFR on " + split.train().source().name() + " (protected: " + result.get("protectedColumn") + ")";
        double[] basePoint = base == null ? null
                : new double[] {base.get("testAccuracy"), base.get("statisticalParityDifference")};
        try {
            AtomicFiles.write(out.resolve("sweep.json"), RecordJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(result));
            AtomicFiles.write(out.resolve("sweep.html"), FairnessTradeoffPage.html(title, points, basePoint)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new VeilException("cannot write " + out + ": " + e, e);
        }
        report(points, base);
        return ExitCodes.OK;
    }

    private void report(List<SweepPoint> points, Map<String, Double> base) {
        PrintWriter o = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("points", points);
            r.put("baseline", base);
            r.put("json", out.resolve("sweep.json").toString());
            r.put("html", out.resolve("sweep.html").toString());
            JsonOption.print(o, r);
            return;
        }
        for (SweepPoint p : points) {
            o.println(LfrEvaluation.line(String.format(Locale.ROOT, "Az %-7.4g", p.az()), p.metrics(), "")
                    + String.format(Locale.ROOT, " (%.1f s)", p.seconds()));
        }
        if (base != null) {
            o.println(LfrEvaluation.line("baseline  ", base, ""));
        }
        o.println("wrote " + out.resolve("sweep.json") + " and " + out.resolve("sweep.html"));
        o.flush();
    }
}
