package org.veil.evaluate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.record.DataInfo;
import org.veil.core.run.CancellationFlag;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.SyntheticData;
import org.veil.core.tribuo.LogisticRegressionOptions;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.evaluate.report.ExperimentReport;
import org.veil.evaluate.report.ReportRow;

/** PATE in an experiment on a small learnable task: split, query counts, targets, pools and report. */
class PateExperimentTest {

    /** Label = [x0 + 0.3 noise > 0]: logistic-regression teachers agree on most rows. */
    static Dataset separable(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][5];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = x[i][0] + 0.3 * r.nextGaussian() > 0 ? 1 : 0;
        }
        return SyntheticData.dataset("separable", x, y, List.of("no", "yes"));
    }

    static ExperimentOptions options(List<Double> epsilons) {
        PateSettings pate = new PateSettings(10, 0.6, 0.8, 0.4, 300, new LogisticRegressionOptions(), 20, 1e-5);
        ModelSettings models = new ModelSettings(new BaselineOptions(MlpSpec.relu(16), 20, 50,
                Optimizer.Adam.withLearningRate(1e-2), 0), new DpSgdOptions().withEpochs(2).withBatchSize(50), pate);
        return new ExperimentOptions(List.of("baseline", "pate"), epsilons, List.of("threshold", "lira"),
                new ExperimentSizes(200, 200, 4, 2), models, 3, true);
    }

    @Test
    void pateTargetsAreTrainedWithinTheirBudgetsAttackedAndReported(@TempDir Path out) throws Exception {
        DatasetSplit data = new DatasetSplit(separable(1200, 1), separable(300, 2));
        ExperimentResult r = ExperimentRunner.run(data, options(List.of(0.05, 8.0)), out, (t, d, n) -> { },
                new CancellationFlag());
        assertEquals(List.of("baseline", "pate-8"), r.targets().stream().map(t -> t.target().name()).toList(),
                "budget 0.05 affords no query with sigma2 = 4 and is skipped");
        assertTrue(r.planNotes().get(0).startsWith("pate-0.05 skipped"), r.planNotes().toString());

        ExperimentSplit s = r.split();
        assertEquals(300, s.publicRows().rows());
        Set<Integer> seen = new HashSet<>();
        for (int[] part : List.of(s.rows().members(), s.rows().nonMembers(), s.rows().population(),
                s.rows().publicRows())) {
            for (int row : part) {
                assertTrue(seen.add(row), "row " + row + " drawn twice");
            }
        }
        assertEquals(200 + 200 + 200 + 300, seen.size());
        assertEquals(300, Files.readAllLines(out.resolve("public.txt")).size());

        TargetResult pate = r.targets().get(1);
        double queries = pate.record().metrics().get("queries");
        assertTrue(PateQueries.epsilon((long) queries, 8, 4, 1e-5) <= 8.0);
        assertTrue(PateQueries.epsilon((long) queries + 1, 8, 4, 1e-5) > 8.0);
        assertTrue(pate.record().metrics().get("answered") >= 1);
        assertTrue(Double.isFinite(pate.claimedEpsilon()) && pate.claimedEpsilon() <= 8.0, "" + pate.claimedEpsilon());
        assertTrue(pate.testAccuracy() > 0.55, "better than chance from about 10 labels: " + pate.testAccuracy());
        assertTrue(Files.isRegularFile(out.resolve("pate-8").resolve("reference-models").resolve("pool.json")));

        ExperimentReport report = ExperimentReports.of(r, DataInfo.of(data), null);
        ReportRow row = report.rows().get(1);
        assertEquals("pate", row.method());
        assertEquals(8.0, row.budgetEpsilon());
        assertEquals(pate.claimedEpsilon(), row.claimedEpsilon());
        assertTrue(row.label().endsWith("(budget 8)"), row.label());
        assertNull(report.rows().get(0).budgetEpsilon());
        assertTrue(report.setup().notes().stream().anyMatch(n -> n.contains("data-dependent")
                && n.contains("data-independent")), report.setup().notes().toString());
        ExperimentReports.write(report, out);
        String json = Files.readString(out.resolve("report.json"));
        assertTrue(json.contains("\"budgetEpsilon\""), "budget written for the pate row");
        assertFalse(Files.readString(out.resolve("report.html")).isEmpty());
    }

    @Test
    void refusesTooFewRowsForThePublicPartOrTheTeachers() {
        Dataset small = separable(700, 3);
        String msg = assertThrows(IllegalArgumentException.class, () -> ExperimentSplit.draw(small, 200, 200, 300, 1))
                .getMessage();
        assertTrue(msg.startsWith("members=200 per side, population=200 and public=300 (PATE's student) need 900 "
                + "distinct rows"), msg);
        ExperimentOptions o = options(List.of(1.0));
        msg = assertThrows(IllegalArgumentException.class, () -> new ExperimentOptions(o.methods(), o.epsilons(),
                o.attacks(), o.sizes(), o.models().withPate(o.models().pate().withTeachers(500)), 1, false))
                .getMessage();
        assertTrue(msg.startsWith("members=200 with teachers=500, allowed: members >= teachers"), msg);
        assertThrows(IllegalArgumentException.class, () -> o.models().pate().withRatios(0, 1, 1));
        ExperimentSplit plain = ExperimentSplit.draw(small, 100, 100, 1);
        assertEquals(0, plain.rows().publicRows().length, "no public rows without PATE");
        assertNull(plain.publicRows());
    }
}
