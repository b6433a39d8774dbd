package org.veil.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.run.RunContext;

/**
 * The default baseline reaches at least 84% on the official Adult test split (15,060 rows without
 * missing values). About 15 s per seed on a 2-core machine, so tagged slow.
 */
@Tag("slow")
class AdultBaselineTest {
    private static DatasetSplit adult;

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(AdultFixture.available(), "Adult data not found under " + AdultFixture.DIR);
        adult = AdultFixture.load();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void defaultOptionsReach84PercentOnTheTestSplit(long seed) {
        assertEquals(30_162, adult.train().rows());
        assertEquals(15_060, adult.test().rows());
        TrainedModel<Dl4jClassifier> m = new BaselineTrainer().train(adult.train(), RunContext.seeded(seed));
        double accuracy = Accuracy.of(m.model(), adult.test());
        assertTrue(accuracy >= 0.84, "seed " + seed + ": test accuracy " + accuracy);
    }
}
