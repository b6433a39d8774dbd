package org.veil.evaluate.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.record.DataInfo;
import org.veil.core.record.Versions;
import org.veil.core.run.Randomness;
import org.veil.evaluate.attack.AttackContext;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.attack.AttackSlices;
import org.veil.evaluate.report.AttackIntervals;
import org.veil.evaluate.report.AttackSummary;
import org.veil.evaluate.report.ExperimentReport;
import org.veil.evaluate.report.ExperimentSetup;
import org.veil.evaluate.report.ReportHtml;
import org.veil.evaluate.report.ReportJson;
import org.veil.evaluate.report.ReportRow;
import org.veil.pate.PateTrainer;

/**
 * Turns an {@link ExperimentResult} into the {@link ExperimentReport} of {@code report.json} and
 * {@code report.html}: one row per target with its accuracy loss against the baseline (or, without a
 * baseline, against the most accurate target), and per attack the summary numbers, bootstrap intervals
 * of AUC and TPR at 0.1% and 1% FPR, and per-class / per-group slices.
 *
 * <p>Randomness: the bootstrap of target t's attack a uses {@code derive(derive(seed, 3000 + t), a)}.
 * Stateless.
 */
public final class ExperimentReports {
    /** Bootstrap replicates per interval. */
    public static final int RESAMPLES = 200;

    private ExperimentReports() {
    }

    /**
     * @param data    the data set as recorded (name, location, rows, SHA-256)
     * @param command the command line that reproduces the run, or null
     */
    public static ExperimentReport of(ExperimentResult r, DataInfo data, String command) {
        double baseline = baselineAccuracy(r);
        List<ReportRow> rows = new ArrayList<>();
        for (int t = 0; t < r.targets().size(); t++) {
            TargetResult target = r.targets().get(t);
            Map<String, AttackSummary> attacks = new LinkedHashMap<>();
            int a = 0;
            for (Map.Entry<String, AttackResult> e : target.attacks().entrySet()) {
                AttackResult result = e.getValue();
                long seed = Randomness.derive(Randomness.derive(r.options().seed(), 3000L + t), a++);
                attacks.put(e.getKey(), AttackSummary.of(result, target.claimedEpsilon(),
                        AttackIntervals.bootstrap(result, RESAMPLES, AttackContext.seeded(0).confidence(), seed),
                        AttackSlices.of(result, r.split().members(), r.split().nonMembers())));
            }
            ReportRow row = ReportRow.of(target.record(), baseline, target.modelDir(), attacks);
            rows.add(PateTrainer.METHOD.equals(target.target().method()) ? row.withBudget(target.target().epsilon()) : row);
        }
        ExperimentOptions o = r.options();
        ExperimentSizes s = o.sizes();
        List<String> notes = new ArrayList<>(List.of(
                "seeds: target t trains with derive(seed, t) and seeded noise derive(derive(seed, t), 1); its reference "
                        + "models with derive(derive(seed, 1000 + t), 1), shadow models with derive(derive(seed, "
                        + "1000 + t), 2), attack splits with derive(derive(seed, 1000 + t), 3) (SplitMix64, "
                        + "org.veil.core.run.Randomness)",
                "shadow models per target: " + (o.attacks().contains("shadow") ? s.shadowModels() : 0)
                        + "; reference models per target: " + s.referenceModels() + " (each member and non-member "
                        + "in exactly half of them)",
                "data: " + r.split().distinct() + " distinct training rows (duplicates dropped); members, non-members "
                        + "and population drawn from them with the seed; accuracy on " + r.testRows() + " test rows",
                "targets use seeded noise so that the experiment repeats exactly: they are measurements, not releases"));
        if (o.methods().contains(PateTrainer.METHOD)) {
            notes.addAll(pateNotes(r));
        }
        ExperimentSetup setup = new ExperimentSetup(o.seed(), data, r.split().members().rows(),
                r.split().nonMembers().rows(), r.split().population().rows(), s.referenceModels(),
                AttackContext.seeded(0).confidence(), ExperimentSetup.HONEST_THRESHOLD_RULE, o.quick(), Versions.veil(),
                command, r.startedAt(), r.finishedAt(), notes);
        return new ExperimentReport(setup, rows);
    }

    /** Writes {@code report.json} and {@code report.html} into {@code dir}, each atomically. */
    public static void write(ExperimentReport report, java.nio.file.Path dir) throws java.io.IOException {
        ReportJson.write(report, dir.resolve(ReportJson.FILE_NAME));
        ReportHtml.write(report, dir.resolve(ReportHtml.FILE_NAME));
    }

    private static List<String> pateNotes(ExperimentResult r) {
        PateSettings p = r.options().models().pate();
        List<String> notes = new ArrayList<>();
        notes.add("PATE: the claimed ε of a pate row is the record's data-dependent ε of the realised run (Papernot et "
                + "al. 2018, Thm 6: it depends on the teachers' votes and charges only the answered queries); the "
                + "query count was set by the data-independent bound at the budget with every query answered "
                + "(Prop 8), so the claimed ε never exceeds the budget shown beside it");
        notes.add("PATE: " + p.teachers() + " Tribuo logistic-regression teachers on disjoint parts of the members, "
                + "Confident-GNMax with T=" + p.thresholdRatio() + "·teachers, sigma1=" + p.sigma1Ratio()
                + "·teachers, sigma2=" + p.sigma2Ratio() + "·teachers, δ=" + p.delta() + "; student: the baseline MLP, "
                + p.studentEpochs() + " epochs, on the answered queries; " + r.split().rows().publicRows().length
                + " public rows (public.txt), disjoint from members, non-members and population and known to the "
                + "attacker: reference and shadow models run the same PATE training with the same public rows");
        notes.addAll(r.planNotes());
        return notes;
    }

    private static double baselineAccuracy(ExperimentResult r) {
        double best = Double.NaN;
        for (TargetResult t : r.targets()) {
            if (Double.isInfinite(t.claimedEpsilon())) {
                return t.testAccuracy();
            }
            best = Double.isNaN(best) ? t.testAccuracy() : Math.max(best, t.testAccuracy());
        }
        return best;
    }
}
