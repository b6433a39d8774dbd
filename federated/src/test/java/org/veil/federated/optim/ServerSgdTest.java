package org.veil.federated.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServerSgdTest {

    @Test
    void fedAvgAddsTheDelta() {
        ServerOptimizer opt = new ServerSgdOptions().create();
        float[] x = {0.5f, -1f, 2f};
        opt.apply(x, new double[] {0.25, -0.5, 0}); // x + Δ, exact in float
        assertArrayEquals(new float[] {0.75f, -1.5f, 2f}, x, 0f);
        opt.apply(x, new double[] {0.25, 0.5, 1});
        assertArrayEquals(new float[] {1f, -1f, 3f}, x, 0f);
        assertEquals(0, opt.state().m().length, "no momentum buffer");
        assertEquals(2, opt.state().step());
    }

    @Test
    void momentumByHand() {
        // m_1 = Δ_1, x_1 = x_0 + 0.5 m_1; m_2 = 0.9 m_1 + Δ_2, x_2 = x_1 + 0.5 m_2
        // (numpy, /work/refs/scripts/fedopt_steps.py, "sgdm" lines; same x_0, Δ_1, Δ_2 as AdaptiveServerOptimizerTest)
        ServerOptimizer opt = new ServerSgd(new ServerSgdOptions(0.5, 0.9));
        float[] x = {0.5f, -1f, 2f};
        opt.apply(x, new double[] {0.1, -0.2, 0.0});
        assertArrayEquals(new float[] {0.550000011920929f, -1.100000023841858f, 2.0f}, x, 1e-6f);
        opt.apply(x, new double[] {0.3, 0.01, -0.05});
        assertArrayEquals(new float[] {0.7450000047683716f, -1.1850000619888306f, 1.975000023841858f}, x, 1e-6f);
        assertArrayEquals(new double[] {0.39, -0.17, -0.05}, opt.state().m(), 1e-15);
    }

    @Test
    void rejectsMismatchedLengths() {
        ServerOptimizer opt = new ServerSgdOptions().withMomentum(0.5).create();
        assertEquals("aggregatedDelta length=2, allowed: 3 (the number of model parameters)",
                assertThrows(IllegalArgumentException.class, () -> opt.apply(new float[3], new double[2])).getMessage());
        opt.apply(new float[3], new double[3]);
        assertThrows(IllegalArgumentException.class, () -> opt.apply(new float[4], new double[4]));
    }
}
