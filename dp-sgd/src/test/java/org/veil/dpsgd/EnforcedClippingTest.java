package org.veil.dpsgd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Clipping;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.dl4j.PrivateGradients;
import org.veil.core.train.SyntheticData;

/** The bound DP-SGD enforces keeps every example's clipped gradient strictly within C. */
class EnforcedClippingTest {

    @Test
    void everyExamplesClippedGradientHasNormAtMostC() {
        Dataset data = SyntheticData.blobs(200, 6, 9, List.of("a", "b"));
        Dl4jClassifier model = Dl4jClassifier.initialise(MlpSpec.relu(32, 16), 6, 2, new Optimizer.Sgd(0.1), 0, 3);
        for (double c : new double[] {1e-3, 0.05, 1.0}) {
            for (boolean perLayer : new boolean[] {false, true}) {
                try (PrivateGradients pg = model.privateGradients(data, 64)) {
                    Clipping clipping = perLayer ? Clipping.PerLayer.equalSplit(c, pg.parameterisedLayers().size())
                            : new Clipping.Flat(c);
                    Clipping enforced = NoisyGradient.enforced(clipping, 1.0, pg.numParameters());
                    double worst = 0;
                    for (int i = 0; i < data.rows(); i++) {
                        pg.accumulate(new int[] {i}, enforced);
                        double sq = 0;
                        for (double v : pg.drainGradientSum()) {
                            sq += v * v;
                        }
                        worst = Math.max(worst, Math.sqrt(sq));
                    }
                    assertTrue(worst <= c, "C=" + c + " perLayer=" + perLayer + ": largest norm " + worst);
                    assertTrue(worst > 0.99 * c * 0.99, "most examples are clipped at C=" + c + ": " + worst);
                }
            }
        }
    }
}
