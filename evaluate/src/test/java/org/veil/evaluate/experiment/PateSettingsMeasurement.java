package org.veil.evaluate.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.DatasetSplit;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.run.RunContext;
import org.veil.core.train.TrainingJob;

/**
 * The measurement behind {@link PateSettings#forMembers}: PATE targets on Adult at several budgets
 * (members drawn as the experiment draws them), printing per target the query count, answered
 * queries, label accuracy, test accuracy, realised and data-independent epsilon and seconds.
 * Disabled by default; run with {@code mvn -B -q -o -pl core,dp-sgd,pate,evaluate test
 * -Dtest=PateSettingsMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dveil.pate.experiment=2000}
 * (the member count); optional {@code -Dveil.pate.teachers}, {@code .ratios=T,s1,s2}, {@code .studentEpochs},
 * {@code .epsilons=1,8}.
 */
@EnabledIfSystemProperty(named = "veil.pate.experiment", matches = "\\d+")
class PateSettingsMeasurement {

    @Test
    void measure() {
        int members = Integer.getInteger("veil.pate.experiment");
        PateSettings p = PateSettings.forMembers(members);
        p = p.withTeachers(Integer.getInteger("veil.pate.teachers", p.teachers()));
        String[] r = System.getProperty("veil.pate.ratios", p.thresholdRatio() + "," + p.sigma1Ratio() + ","
                + p.sigma2Ratio()).split(",");
        p = p.withRatios(Double.parseDouble(r[0]), Double.parseDouble(r[1]), Double.parseDouble(r[2]))
                .withStudentEpochs(Integer.getInteger("veil.pate.studentEpochs", p.studentEpochs()));
        List<Double> eps = java.util.Arrays.stream(System.getProperty("veil.pate.epsilons", "0.5,1,2,4,8").split(","))
                .map(Double::parseDouble).toList();
        ExperimentOptions d = ExperimentOptions.defaults(false, 1);
        ExperimentOptions o = new ExperimentOptions(List.of("pate"), eps, List.of("threshold"),
                new ExperimentSizes(members, members, 4, 2), d.models().withPate(p), 1, false);
        DatasetSplit data = DataLoader.load(DataSpec.of("adult")).split();
        ExperimentSplit split = ExperimentSplit.draw(data.train(), members, members, p.publicRows(), 1);
        Target.Plan plan = Target.plan(o, split.publicRows());
        plan.notes().forEach(n -> System.out.println("PATE-NOTE " + n));
        for (Target t : plan.targets()) {
            long start = System.nanoTime();
            RunContext ctx = RunContext.seeded(1).withNoise(NoiseSource.seeded(2));
            TrainedModel<? extends Classifier> m = TrainingJob.trainAndTest(t.trainer(),
                    new DatasetSplit(split.members(), data.test()), ctx);
            var x = m.record().metrics();
            System.out.println(String.format(Locale.ROOT, "PATE-MEASURE members=%d teachers=%d ratios=%s %s "
                    + "queries=%.0f answered=%.0f labelAcc=%.4f testAcc=%.4f eps=%.4f epsIndep=%.4f seconds=%.1f",
                    members, p.teachers(), String.join(",", r), t.name(), x.get("queries"), x.get("answered"),
                    x.get("labelAccuracy"), x.get("testAccuracy"), m.record().privacy().epsilon(),
                    x.get("epsilonDataIndependent"), (System.nanoTime() - start) / 1e9));
            assertTrue(m.record().privacy().epsilon() <= t.epsilon());
        }
    }
}
