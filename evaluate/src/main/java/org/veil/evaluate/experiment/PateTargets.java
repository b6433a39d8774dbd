package org.veil.evaluate.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.core.data.Dataset;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.tribuo.TribuoTrainer;
import org.veil.pate.PateOptions;
import org.veil.pate.PateTrainer;
import org.veil.pate.PublicData;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.student.FirstQueries;

/**
 * The PATE targets of an experiment, one per budget: Tribuo logistic-regression teachers on disjoint
 * parts of the members, Confident-GNMax scaled to the teacher count ({@link PateSettings}), the first
 * Q public rows as queries with Q from {@link PateQueries} (data-independent, every query answered, so
 * the realised data-dependent epsilon is at most the budget), and the baseline MLP as the student.
 * A budget that affords no query is skipped with a note. The same {@link PateTrainer} object (same
 * public rows, which the attacker knows) trains the target and its shadow and reference models.
 *
 * <p>Stateless; no randomness (the trainers draw theirs from the run context).
 */
final class PateTargets {

    private PateTargets() {
    }

    /** Targets and the notes about their query counts (and skipped budgets), in budget order. */
    static Target.Plan plan(ExperimentOptions o, Dataset publicRows) {
        PateSettings p = o.models().pate();
        ConfidentGnMaxOptions agg = p.aggregator();
        List<Target> targets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (double eps : o.epsilons()) {
            String name = PateTrainer.METHOD + "-" + Target.format(eps);
            int q = PateQueries.forBudget(eps, agg.sigma1(), agg.sigma2(), p.delta(), publicRows.rows());
            if (q < 1) {
                notes.add(String.format(Locale.ROOT, "%s skipped: at budget %s not one query fits the data-independent "
                        + "bound (sigma1=%s, sigma2=%s, delta=%s; one query costs epsilon %.4g); raise the budget or "
                        + "the teacher count", name, Target.format(eps), agg.sigma1(), agg.sigma2(), p.delta(),
                        PateQueries.epsilon(1, agg.sigma1(), agg.sigma2(), p.delta())));
                continue;
            }
            PateOptions options = new PateOptions().withTeachers(p.teachers()).withAggregator(agg)
                    .withSelection(new FirstQueries(q)).withDelta(p.delta());
            PateTrainer trainer = new PateTrainer(options, new TribuoTrainer(p.teacher()),
                    new BaselineTrainer(o.models().baseline().withEpochs(p.studentEpochs())),
                    PublicData.withTrueLabels(publicRows));
            targets.add(new Target(name, PateTrainer.METHOD, eps, trainer));
            notes.add(String.format(Locale.ROOT, "%s: %d queries, the most whose data-independent epsilon with every "
                    + "query answered (%.4g) is within the budget %s (%d would cost %.4g)", name, q,
                    PateQueries.epsilon(q, agg.sigma1(), agg.sigma2(), p.delta()), Target.format(eps), q + 1,
                    PateQueries.epsilon(q + 1L, agg.sigma1(), agg.sigma2(), p.delta())));
        }
        return new Target.Plan(targets, notes);
    }
}
