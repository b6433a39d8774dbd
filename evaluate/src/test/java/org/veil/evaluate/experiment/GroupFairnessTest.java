package org.veil.evaluate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.DatasetSplit;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;

class GroupFairnessTest {

    /** Predicts class 1 exactly for the rows of the group whose one-hot column is {@code column}. */
    private static Classifier byGroup(int column) {
        return new Classifier() {
            @Override
            public double[][] predictProbabilities(double[][] x) {
                double[][] p = new double[x.length][];
                for (int i = 0; i < x.length; i++) {
                    p[i] = x[i][column] > 0.5 ? new double[] {0, 1} : new double[] {1, 0};
                }
                return p;
            }

            @Override
            public int numClasses() {
                return 2;
            }
        };
    }

    private static TrainedModel<Classifier> trained(Classifier c) {
        TrainingRecord r = new TrainingRecord(TrainingRecord.SCHEMA_VERSION, "test",
                RecordJson.mapper().createObjectNode(), new DataInfo("credit", "x", 1, "-", 1, 1),
                PrivacyInfo.nonPrivate(), Map.of("testAccuracy", 0.5), 1L, Instant.EPOCH, Instant.EPOCH,
                Versions.current(), List.of());
        return new TrainedModel<>(c, r);
    }

    @Test
    void recordsAif360StyleGroupMetricsOfTheTargetOnTheTestSplit() {
        DatasetSplit credit = DataLoader.load(DataSpec.of("credit").withSyntheticRows(2000)).split();
        int a = credit.train().schema().featureNames().indexOf("group=A");
        // class 1 of credit is "deny", more common in group B, so B is the default privileged group; the
        // model selects exactly group A: P(1 | A) = 1, P(1 | B) = 0, so SPD = 1 and DI = 1/0 = Infinity
        var out = GroupFairness.addTo(trained(byGroup(a)), credit.train(), credit.test());
        assertEquals(1.0, out.record().metrics().get("statisticalParityDifference"));
        assertEquals(Double.POSITIVE_INFINITY, out.record().metrics().get("disparateImpact"));
        assertEquals(0.5, out.record().metrics().get("testAccuracy"), "existing metrics are kept");
        var noGroup = DataLoader.load(DataSpec.of("credit").withSyntheticRows(500).withProtectedColumn(DataSpec.NONE))
                .split();
        TrainedModel<Classifier> t = trained(byGroup(0));
        assertSame(t, GroupFairness.addTo(t, noGroup.train(), noGroup.test()));
    }
}
