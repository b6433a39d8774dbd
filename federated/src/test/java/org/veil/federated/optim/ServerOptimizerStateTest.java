package org.veil.federated.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ServerOptimizerStateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void restoredFromJsonTheNextStepIsIdentical() throws Exception {
        for (ServerOptimizerOptions options : List.of(new ServerSgdOptions(0.7, 0.9), new ServerSgdOptions(),
                new FedAdamOptions(), new FedYogiOptions(), new FedAdagradOptions())) {
            Random rng = new Random(1);
            ServerOptimizer original = options.create();
            float[] x = new float[6];
            for (int t = 0; t < 3; t++) {
                original.apply(x, gaussian(6, rng));
            }
            String saved = JSON.writeValueAsString(original.state());
            ServerOptimizer restored = options.create();
            restored.restore(JSON.readValue(saved, ServerOptimizerState.class));
            assertEquals(original.state(), restored.state(), options.name());

            double[] next = gaussian(6, rng);
            float[] a = x.clone();
            float[] b = x.clone();
            original.apply(a, next);
            restored.apply(b, next);
            assertArrayEquals(a, b, 0f, options.name());
            assertEquals(original.state(), restored.state());
            assertEquals(4, restored.state().step());
        }
    }

    @Test
    void stateIsACopyAndRejectsTheWrongKindOrMalformedMoments() {
        ServerOptimizer adam = new FedAdamOptions().create();
        adam.apply(new float[2], new double[] {1, 2});
        ServerOptimizerState state = adam.state();
        state.v()[0] = -5;
        assertEquals(adam.state(), state, "accessors return copies");

        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> new FedYogiOptions().create().restore(state));
        assertEquals("state kind=fedadam, allowed: fedyogi", kind.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> adam.restore(new ServerOptimizerState("fedadam", 1, new double[2], new double[3])));
        assertEquals("v[0]=-1.0, allowed: finite and >= 0", assertThrows(IllegalArgumentException.class,
                () -> new ServerOptimizerState("fedadam", 1, new double[1], new double[] {-1})).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ServerOptimizerState("fedadam", -1, new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerOptimizerState("fedadam", 1, new double[] {Double.NaN}, new double[] {1}));
    }

    private static double[] gaussian(int d, Random rng) {
        double[] v = new double[d];
        for (int j = 0; j < d; j++) {
            v[j] = rng.nextGaussian();
        }
        return v;
    }
}
