package org.veil.dpsgd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.train.Accuracy;

/** The README's library example, run as written (on the synthetic credit data to stay fast). */
class DpSgdExampleTest {

    @Test
    void readmeExampleTrainsAPrivateModel() {
        // --- README example begins ---
        DatasetSplit data = DataLoader.load(DataSpec.of("credit")).split();
        TrainedModel<Dl4jClassifier> m = DpSgdTrainer.withTargetEpsilon(1.0, 1e-5).epochs(3).train(data.train());
        System.out.println(m.record().privacy().guarantee().describe());
        double testAccuracy = Accuracy.of(m.model(), data.test());
        // --- README example ends ---
        assertTrue(m.record().privacy().epsilon() <= 1.0);
        assertTrue(testAccuracy > 0.6, "test accuracy " + testAccuracy);
    }
}
