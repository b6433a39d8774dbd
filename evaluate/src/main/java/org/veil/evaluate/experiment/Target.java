package org.veil.evaluate.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.train.BaselineTrainer;
import org.veil.dpsgd.DpSgdTrainer;
import org.veil.dpsgd.NoiseBudget;
import org.veil.lfr.LfrOptions;
import org.veil.lfr.LfrTrainer;
import org.veil.lfr.ProtectedSetting;
import org.veil.pate.PateTrainer;

/**
 * One model of an experiment: a method at a budget, with the trainer that makes it (and its shadow
 * and reference models).
 *
 * @param name    directory name and report key, e.g. {@code baseline}, {@code dp-sgd-1}
 * @param method  the training method
 * @param epsilon the target ε (for PATE the budget; its record's ε is the realised data-dependent one),
 *                {@code Infinity} for the baseline
 * @param trainer the trainer with the experiment's options
 */
public record Target(String name, String method, double epsilon, Trainer<? extends Classifier> trainer) {

    /**
     * The targets of an experiment and notes about them for the report.
     *
     * @param targets the targets, in training order
     * @param notes   how PATE's query counts were chosen, and targets skipped (empty without PATE)
     */
    public record Plan(List<Target> targets, List<String> notes) {
        public Plan {
            targets = List.copyOf(targets);
            notes = List.copyOf(notes);
        }
    }

    /** The baseline (if asked for), then DP-SGD at each ε, in the order given (no PATE). */
    public static List<Target> plan(ExperimentOptions o) {
        if (o.methods().contains(PateTrainer.METHOD)) {
            throw new IllegalArgumentException("method=pate needs the public rows: use plan(options, publicRows)");
        }
        return plan(o, null).targets();
    }

    /**
     * The baseline (if asked for), DP-SGD at each ε, then PATE at each ε ({@link PateTargets}; budgets
     * that afford no query are skipped with a note).
     *
     * @param publicRows the PATE student's public rows; may be null without PATE
     */
    public static Plan plan(ExperimentOptions o, Dataset publicRows) {
        List<Target> out = new ArrayList<>();
        if (o.methods().contains(BaselineTrainer.METHOD)) {
            out.add(new Target(BaselineTrainer.METHOD, BaselineTrainer.METHOD, Double.POSITIVE_INFINITY,
                    new BaselineTrainer(o.models().baseline())));
        }
        if (o.methods().contains(DpSgdTrainer.METHOD)) {
            for (double eps : o.epsilons()) {
                var options = o.models().dpSgd();
                options = options.withPrivacy(options.privacy().withBudget(new NoiseBudget.TargetEpsilon(eps)));
                out.add(new Target(DpSgdTrainer.METHOD + "-" + format(eps), DpSgdTrainer.METHOD, eps,
                        new DpSgdTrainer(options)));
            }
        }
        if (o.methods().contains(FederatedTargets.METHOD)) {
            for (double eps : o.epsilons()) {
                out.add(new Target(FederatedTargets.METHOD + "-" + format(eps), FederatedTargets.METHOD, eps,
                        FederatedTargets.trainer(eps, o.sizes().members())));
            }
        }
        if (o.methods().contains(LfrTrainer.METHOD)) {
            // non-private (epsilon = Infinity); LFR's defaults, the privileged group chosen on the members
            out.add(new Target(LfrTrainer.METHOD, LfrTrainer.METHOD, Double.POSITIVE_INFINITY,
                    new LfrTrainer(new LfrOptions(), new ProtectedSetting(), Runtime.getRuntime().availableProcessors())));
        }
        List<String> notes = List.of();
        if (o.methods().contains(PateTrainer.METHOD)) {
            if (publicRows == null) {
                throw new IllegalArgumentException("method=pate without public rows (draw them with the split)");
            }
            Plan pate = PateTargets.plan(o, publicRows);
            out.addAll(pate.targets());
            notes = pate.notes();
        }
        return new Plan(out, notes);
    }

    /** 1.0 → "1", 0.5 → "0.5". */
    static String format(double eps) {
        return eps == Math.rint(eps) ? String.valueOf((long) eps) : String.format(Locale.ROOT, "%s", eps);
    }
}
