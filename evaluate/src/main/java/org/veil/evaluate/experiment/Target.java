package org.veil.evaluate.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.train.BaselineTrainer;
import org.veil.dpsgd.DpSgdTrainer;
import org.veil.dpsgd.NoiseBudget;

/**
 * One model of an experiment: a method at a budget, with the trainer that makes it (and its shadow
 * and reference models).
 *
 * @param name    directory name and report key, e.g. {@code baseline}, {@code dp-sgd-1}
 * @param method  the training method
 * @param epsilon the target ε, {@code Infinity} for the baseline
 * @param trainer the trainer with the experiment's options
 */
public record Target(String name, String method, double epsilon, Trainer<? extends Classifier> trainer) {

    /** The baseline (if asked for) and then DP-SGD at each ε, in the order given. */
    public static List<Target> plan(ExperimentOptions o) {
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
        return out;
    }

    /** 1.0 → "1", 0.5 → "0.5". */
    static String format(double eps) {
        return eps == Math.rint(eps) ? String.valueOf((long) eps) : String.format(Locale.ROOT, "%s", eps);
    }
}
