package org.veil.federated.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One and two steps of Reddi et al. 2021, Alg. 2, against the formulas evaluated independently in numpy
 * (/work/refs/scripts/fedopt_steps.py, numpy 2.4): x_0 = (0.5, −1, 2) as float32, Δ_1 = (0.1, −0.2, 0),
 * Δ_2 = (0.3, 0.01, −0.05), η = 0.1, β1 = 0.9, β2 = 0.99, τ = 1e-3, v_{−1} = τ², no bias correction,
 * x rounded to float32 after each step.
 */
class AdaptiveServerOptimizerTest {
    private static final double[] DELTA_1 = {0.1, -0.2, 0.0};
    private static final double[] DELTA_2 = {0.3, 0.01, -0.05};
    private static final double[] M_1 = {0.01, -0.02, 0.0};
    private static final double[] M_2 = {0.039, -0.017, -0.005};

    @Test
    void fedAdamByHand() {
        check(new FedAdam(new FedAdamOptions(0.1, 0.9, 0.99, 1e-3)),
                new float[] {0.5905028581619263f, -1.0951260328292847f, 2.0f},
                new double[] {0.0001009900000000001, 0.0004009900000000004, 9.9e-07},
                new float[] {0.7100523710250854f, -1.1762738227844238f, 1.917993426322937f},
                new double[] {0.0009999801000000008, 0.0003979801000000004, 2.5980100000000026e-05});
    }

    @Test
    void fedYogiByHand() {
        // coordinate 2 of step 2: v_1 = 4.01e-4 > Δ² = 1e-4, so v decreases: 4.01e-4 − 0.01·1e-4 = 4.00e-4;
        // coordinate 3 of step 1: Δ = 0 leaves v at τ² (Adam would shrink it to 0.99·τ²)
        check(new FedYogi(new FedYogiOptions(0.1, 0.9, 0.99, 1e-3)),
                new float[] {0.5904987454414368f, -1.0951249599456787f, 2.0f},
                new double[] {0.0001010000000000001, 0.0004010000000000004, 1e-06},
                new float[] {0.7099892497062683f, -1.1760773658752441f, 1.9180196523666382f},
                new double[] {0.0010010000000000008, 0.0004000000000000004, 2.6000000000000026e-05});
    }

    @Test
    void fedAdagradByHand() {
        check(new FedAdagrad(new FedAdagradOptions(0.1, 0.9, 1e-3)),
                new float[] {0.5099005103111267f, -1.0099501609802246f, 2.0f},
                new double[] {0.010001000000000001, 0.04000100000000001, 1e-06},
                new float[] {0.5221944451332092f, -1.0183972120285034f, 1.990198016166687f},
                new double[] {0.10000099999999999, 0.04010100000000001, 0.0025010000000000006});
    }

    private static void check(ServerOptimizer opt, float[] x1, double[] v1, float[] x2, double[] v2) {
        float[] x = {0.5f, -1f, 2f};
        opt.apply(x, DELTA_1);
        assertArrayEquals(x1, x, 1e-6f);
        assertArrayEquals(M_1, opt.state().m(), 1e-15);
        assertArrayEquals(v1, opt.state().v(), 1e-15);
        assertEquals(1, opt.state().step());
        opt.apply(x, DELTA_2);
        assertArrayEquals(x2, x, 1e-6f);
        assertArrayEquals(M_2, opt.state().m(), 1e-15);
        assertArrayEquals(v2, opt.state().v(), 1e-15);
        assertEquals(2, opt.state().step());
    }
}
