package org.veil.federated.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Yogi's second moment (Reddi et al. 2021, Alg. 2; Zaheer et al. 2018, §3) compared with Adam's. */
class FedYogiTest {

    @Test
    void vStaysPositiveThroughLargeThenTinyDeltas() {
        FedYogi yogi = new FedYogi(new FedYogiOptions(0.01, 0.9, 0.5, 1e-3)); // β2 = 0.5: large moves of v
        Random rng = new Random(4);
        float[] x = new float[20];
        for (int t = 0; t < 2000; t++) {
            double scale = (t / 50) % 2 == 0 ? 1e3 : 1e-6;
            double[] delta = new double[20];
            for (int j = 0; j < delta.length; j++) {
                delta[j] = scale * rng.nextGaussian();
            }
            double[] before = yogi.state().v();
            yogi.apply(x, delta);
            double[] after = yogi.state().v();
            for (int j = 0; j < after.length; j++) {
                assertTrue(after[j] > 0, "v[" + j + "]=" + after[j] + " at t=" + t);
                if (before.length > 0) {
                    // |v_t − v_{t−1}| = (1 − β2) Δ² exactly, or 0 when v_{t−1} = Δ² (Alg. 2)
                    assertEquals(0.5 * delta[j] * delta[j], Math.abs(after[j] - before[j]), 1e-9 * after[j]);
                }
            }
        }
    }

    @Test
    void vDoesNotDecayWhenDeltasVanishUnlikeAdam() {
        FedYogi yogi = new FedYogi(new FedYogiOptions());
        FedAdam adam = new FedAdam(new FedAdamOptions());
        float[] x = new float[1];
        yogi.apply(x, new double[] {1});
        adam.apply(x.clone(), new double[] {1});
        double yogiV = yogi.state().v()[0];
        double adamV = adam.state().v()[0];
        for (int t = 0; t < 100; t++) {
            yogi.apply(x, new double[] {0});
            adam.apply(x.clone(), new double[] {0});
        }
        assertEquals(yogiV, yogi.state().v()[0], 0, "Δ = 0: v − 0·sign(v) = v");
        assertEquals(adamV * Math.pow(0.99, 100), adam.state().v()[0], 1e-12, "Δ = 0: β2^t v");
    }
}
