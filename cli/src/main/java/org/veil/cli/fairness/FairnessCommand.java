package org.veil.cli.fairness;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.core.data.DataLoader;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.error.VeilException;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.SavedModels;
import org.veil.core.record.RunDirectory;
import org.veil.lfr.LfrEvaluation;
import org.veil.lfr.LfrModel;
import org.veil.lfr.ProtectedSetting;
import org.veil.lfr.metric.BootstrapIntervals;
import org.veil.lfr.metric.FairnessReport;
import org.veil.lfr.metric.GroupRates;
import org.veil.lfr.metric.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil fairness}: group-fairness metrics of any Veil model on a data split, with bootstrap intervals. */
@Command(name = "fairness", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fairness metrics of a trained Veil model (any method) per protected attribute: accuracy,",
            "balanced accuracy, statistical parity difference, disparate impact, equal opportunity and average odds",
            "differences (AIF360's definitions), consistency (k = 5), per-group rates, percentile bootstrap intervals."})
public final class FairnessCommand implements Callable<Integer> {
    private static final String[] BOOTSTRAPPED = {"testAccuracy", "balancedAccuracy", "statisticalParityDifference",
        "disparateImpact", "equalOpportunityDifference", "averageOddsDifference"};

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A directory written by a veil "
            + "training command (model.zip).")
    private Path model;

    @Mixin
    private DataOptions data;

    @Option(names = "--privileged", split = ",", paramLabel = "VALUE", description = "Privileged group(s) (default: an "
            + "LFR model's own; otherwise the group with the highest favourable share in the training split).")
    private List<String> privileged = List.of();

    @Option(names = "--favourable", paramLabel = "CLASS", description = "Favourable class (default: an LFR model's "
            + "own; otherwise class 1).")
    private String favourable;

    @Option(names = "--split", paramLabel = "train|test", defaultValue = "test",
            description = "Split to measure. Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
            description = "Bootstrap resamples for the intervals (0: none), else in [10, 1000000]. Default: ${DEFAULT-VALUE}.")
    private int bootstrap;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the bootstrap. Default: "
            + "${DEFAULT-VALUE}.")
    private long seed;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        if (!split.equals("train") && !split.equals("test")) {
            throw new IllegalArgumentException("--split=" + split + ", allowed: train, test");
        }
        SavableClassifier classifier = load();
        DatasetSplit loaded = DataLoader.load(data.toSpec()).split();
        Dataset rows = split.equals("test") ? loaded.test() : loaded.train();
        if (rows.protectedAttribute() == null) {
            throw new IllegalArgumentException("the data has no protected attribute; name its column (--protected "
                    + "COLUMN)");
        }
        ProtectedSetting setting = setting(classifier);
        int fav = setting.favourableIndex(loaded.train());
        List<String> priv = setting.privilegedNames(loaded.train(), fav);
        int[] pred = predict(classifier, rows);
        Map<String, Double> m = LfrEvaluation.metrics(classifier, rows, priv, fav, "");
        FairnessReport report = LfrEvaluation.report(rows, pred, priv, fav);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", model.toString());
        result.put("split", split);
        result.put("protectedColumn", rows.protectedAttribute().name());
        result.put("privilegedGroups", priv);
        result.put("favourableClass", rows.classNames().get(fav));
        result.putAll(m);
        result.put("worstParityDifference", report.worstParityDifference());
        result.put("groups", groups(rows, report));
        if (bootstrap > 0) {
            result.put("bootstrap", bootstrap);
            result.put("intervals", intervals(rows, pred, priv, fav));
        }
        print(result);
        return ExitCodes.OK;
    }

    private SavableClassifier load() {
        Path zip = model.resolve(RunDirectory.MODEL_FILE);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("--model=" + model + ": no " + RunDirectory.MODEL_FILE
                    + " (expected a directory written by a veil training command)");
        }
        try {
            return SavedModels.load(zip);
        } catch (IOException e) {
            throw new VeilException("cannot read " + zip + ": " + e, e);
        }
    }

    private ProtectedSetting setting(SavableClassifier c) {
        if (c instanceof LfrModel lfr) {
            return new ProtectedSetting(privileged.isEmpty() ? lfr.privilegedGroups() : privileged,
                    favourable != null ? favourable : lfr.classNames().get(lfr.favourableClass()));
        }
        return new ProtectedSetting(privileged, favourable);
    }

    private int[] predict(SavableClassifier c, Dataset rows) {
        return c.predict(rows.features());
    }

    private static List<Map<String, Object>> groups(Dataset rows, FairnessReport r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int g = 0; g < r.groups().size(); g++) {
            GroupRates rates = r.groups().get(g);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", rows.protectedAttribute().groupNames().get(g));
            row.put("rows", rates.rows());
            row.put("selectionRate", rates.selectionRate());
            row.put("truePositiveRate", rates.truePositiveRate());
            row.put("falsePositiveRate", rates.falsePositiveRate());
            out.add(row);
        }
        return out;
    }

    private Map<String, Interval> intervals(Dataset rows, int[] pred, List<String> priv, int fav) {
        Interval[] iv = BootstrapIntervals.of(rows.rows(), idx -> {
            Dataset sub = rows.subset(idx, rows.split());
            int[] p = new int[idx.length];
            for (int i = 0; i < idx.length; i++) {
                p[i] = pred[idx[i]];
            }
            try {
                FairnessReport r = LfrEvaluation.report(sub, p, priv, fav);
                return new double[] {r.accuracy(), r.balancedAccuracy(), r.statisticalParityDifference(),
                    r.disparateImpact(), r.equalOpportunityDifference(), r.averageOddsDifference()};
            } catch (IllegalArgumentException emptySide) {
                double[] nan = new double[BOOTSTRAPPED.length];
                java.util.Arrays.fill(nan, Double.NaN);
                return nan;
            }
        }, bootstrap, BootstrapIntervals.LEVEL, new SplittableRandom(seed));
        Map<String, Interval> out = new LinkedHashMap<>();
        for (int j = 0; j < BOOTSTRAPPED.length; j++) {
            out.put(BOOTSTRAPPED[j], iv[j]);
        }
        return out;
    }

    private void print(Map<String, Object> r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOption.print(out, r);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Double> m = (Map<String, Double>) (Map<String, ?>) r;
        out.printf(Locale.ROOT, "%s split, protected %s (privileged %s), favourable %s%n", split,
                r.get("protectedColumn"), r.get("privilegedGroups"), r.get("favourableClass"));
        out.println(LfrEvaluation.line("model", m, ""));
        @SuppressWarnings("unchecked")
        Map<String, Interval> iv = (Map<String, Interval>) r.get("intervals");
        if (iv != null) {
            iv.forEach((k, v) -> out.printf(Locale.ROOT, "  %s: %.0f%% interval [%.4f, %.4f]%s%n", k,
                    100 * BootstrapIntervals.LEVEL, v.low(), v.high(),
                    v.undefined() > 0 ? " (" + v.undefined() + " resamples undefined)" : ""));
        }
        out.flush();
    }
}
