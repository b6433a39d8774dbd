package org.veil.federated.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On f(x) = ‖x − x*‖²/2 the pseudo-gradient is x − x*, so the "aggregated delta" is −(x − x*); every
 * server optimiser must drive x to x*. Learning rates and step counts checked beforehand with the same
 * recursion in numpy (/work/refs/scripts/fedopt_quadratic.py: all reach ‖x − x*‖ &lt; 0.02 by 100 steps
 * and 0 in float32 by 300).
 */
class QuadraticConvergenceTest {
    private static final double[] TARGET = {1, -2, 0.5, 3, -1};

    static ServerOptimizerOptions[] optimizers() {
        return new ServerOptimizerOptions[] {
            new ServerSgdOptions(0.1, 0.9),
            new FedAdamOptions().withLearningRate(0.05),
            new FedYogiOptions().withLearningRate(0.05),
            new FedAdagradOptions().withLearningRate(0.5)};
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void convergesToTheMinimiser(ServerOptimizerOptions options) {
        ServerOptimizer opt = options.create();
        float[] x = new float[TARGET.length];
        double start = distance(x);
        for (int t = 0; t < 300; t++) {
            double[] delta = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                delta[j] = -(x[j] - TARGET[j]); // Δ = −∇f(x)
            }
            opt.apply(x, delta);
        }
        assertTrue(distance(x) < 1e-3 * start, options.name() + ": " + distance(x));
    }

    @Test
    void fedAvgReachesItInOneStep() {
        ServerOptimizer fedAvg = new ServerSgdOptions().create();
        float[] x = new float[TARGET.length];
        double[] delta = TARGET.clone();
        fedAvg.apply(x, delta);
        assertTrue(distance(x) == 0, "x + (x* − x) = x*");
    }

    private static double distance(float[] x) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += (x[j] - TARGET[j]) * (x[j] - TARGET[j]);
        }
        return Math.sqrt(s);
    }
}
