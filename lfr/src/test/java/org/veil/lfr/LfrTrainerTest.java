package org.veil.lfr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.SavedModels;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;
import org.veil.lfr.model.LossWeights;

/** LFR on the built-in synthetic credit data (group B is approved less often, through proxies). */
class LfrTrainerTest {
    private static DatasetSplit credit;
    private static final ProtectedSetting APPROVE = new ProtectedSetting(List.of(), "approve");

    @BeforeAll
    static void load() {
        credit = DataLoader.load(DataSpec.of("credit").withSyntheticRows(3000)).split();
    }

    private static TrainedModel<LfrModel> fit(double az) {
        LfrOptions o = new LfrOptions().withWeights(new LossWeights(0.01, 1, az)).withMaxIterations(60).withRestarts(1);
        return new LfrTrainer(o, APPROVE, 2).train(credit.train(), RunContext.seeded(3));
    }

    /** P(approve | B) − P(approve | A) of the model's predictions on the test split. */
    private static double parityGap(LfrModel m, Dataset d) {
        int[] pred = m.predict(d.features());
        int fav = d.classNames().indexOf("approve");
        double[] pos = new double[2];
        double[] n = new double[2];
        for (int i = 0; i < pred.length; i++) {
            int g = d.protectedAttribute().groups()[i];
            pos[g] += pred[i] == fav ? 1 : 0;
            n[g]++;
        }
        return pos[1] / n[1] - pos[0] / n[0];
    }

    @Test
    void theParityWeightShrinksTheGapAndTheRecordSaysHowItConverged() {
        TrainedModel<LfrModel> free = fit(0);
        TrainedModel<LfrModel> fair = fit(5);
        double gapFree = parityGap(free.model(), credit.test());
        double gapFair = parityGap(fair.model(), credit.test());
        assertTrue(Math.abs(gapFree) > 0.08, "unconstrained gap " + gapFree);
        assertTrue(Math.abs(gapFair) < Math.abs(gapFree) / 2, "gap " + gapFair + " vs " + gapFree);
        var r = fair.record();
        assertEquals("lfr", r.method());
        assertEquals(Double.POSITIVE_INFINITY, r.privacy().epsilon());
        assertEquals(List.of("A"), List.of(r.options().get("privilegedGroups").get(0).asText()));
        assertEquals("approve", r.options().get("favourableClass").asText());
        assertEquals(2, r.options().get("alphaSets").asInt());
        assertTrue(r.metrics().get("iterations") >= 1 && r.metrics().get("gradientNorm") >= 0, r.metrics().toString());
        assertTrue(r.notes().stream().anyMatch(s -> s.startsWith("restart 0 (kept)")), r.notes().toString());
        assertEquals(1, free.model().favourableClass() == 0 ? 1 : 0, "approve is class 0 of credit");
    }

    @Test
    void aParityTargetKeepsParametersWithinItOnTheValidationRows() {
        LfrOptions o = new LfrOptions().withWeights(new LossWeights(0.01, 1, 0.5)).withMaxIterations(60)
                .withRestarts(2).withParityTarget(0.05);
        var r = new LfrTrainer(o, APPROVE, 2).train(credit.train(), RunContext.seeded(3)).record();
        double parity = r.metrics().get("validationParityDifference");
        assertTrue(Math.abs(parity) <= 0.05, "validation parity " + parity);
        assertTrue(r.notes().get(0).startsWith("parameters chosen by the parity target"), r.notes().toString());
        var e = assertThrows(IllegalArgumentException.class, () -> o.withValidationFraction(0));
        assertTrue(e.getMessage().contains("needs validationFraction > 0"), e.getMessage());
    }

    @Test
    void savedModelLoadsThroughSavedModelsAndTransformIsDeterministic(@TempDir Path dir) throws Exception {
        LfrModel m = fit(1).model();
        Path zip = dir.resolve("model.zip");
        m.save(zip);
        SavableClassifier back = SavedModels.load(zip);
        assertEquals(LfrModel.FORMAT, back.format());
        double[][] x = credit.test().features();
        double[][] p1 = m.predictProbabilities(x);
        double[][] p2 = back.predictProbabilities(x);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(p1[i], p2[i], 0.0);
        }
        double[][] z1 = m.memberships(x);
        double[][] z2 = m.memberships(x);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(z1[i], z2[i], 0.0);
            double s = 0;
            for (double v : z1[i]) {
                s += v;
            }
            assertEquals(1.0, s, 1e-12);
        }
        assertEquals(x[0].length, m.reconstruct(x)[0].length);
    }

    @Test
    void badInputGetsClearErrors() {
        LfrTrainer t = new LfrTrainer(new LfrOptions().withMaxIterations(2), new ProtectedSetting(), 1);
        Dataset noProtected = DataLoader.load(DataSpec.of("credit").withSyntheticRows(500)
                .withProtectedColumn(DataSpec.NONE)).train();
        var e1 = assertThrows(IllegalArgumentException.class, () -> t.train(noProtected, RunContext.seeded(1)));
        assertTrue(e1.getMessage().contains("no protected attribute"), e1.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () ->
                new LfrTrainer(new LfrOptions(), new ProtectedSetting(List.of("C"), null), 1)
                        .train(credit.train(), RunContext.seeded(1)));
        assertTrue(e2.getMessage().contains("privileged group 'C' is not a value of 'group'"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class, () -> new LfrOptions().withPrototypes(1));
        assertEquals("prototypes=1, allowed: [2, 1000]", e3.getMessage());
        var e4 = assertThrows(IllegalArgumentException.class, () -> new LossWeights(-1, 1, 1));
        assertEquals("ax=-1.0, allowed: >= 0 and finite", e4.getMessage());
        Dataset oneGroup = credit.train().subset(rowsOfGroup(credit.train(), 0), "train");
        var e5 = assertThrows(IllegalArgumentException.class, () -> t.train(oneGroup, RunContext.seeded(1)));
        assertTrue(e5.getMessage().contains("is constant"), e5.getMessage());
    }

    private static int[] rowsOfGroup(Dataset d, int g) {
        return java.util.stream.IntStream.range(0, d.rows()).filter(i -> d.protectedAttribute().groups()[i] == g)
                .toArray();
    }
}
