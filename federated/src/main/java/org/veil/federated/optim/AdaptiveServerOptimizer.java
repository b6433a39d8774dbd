package org.veil.federated.optim;

import java.util.Arrays;

/**
 * The adaptive server optimisers of Reddi et al. 2021 ("Adaptive Federated Optimization", ICLR,
 * Alg. 2): with Δ_t the round's aggregate,
 * m_t = β1·m_{t−1} + (1 − β1)·Δ_t, v_t by the variant ({@link #secondMoment}),
 * x_{t+1} = x_t + η·m_t / (√v_t + τ), starting from m_{−1} = 0 and v_{−1} = τ² (Alg. 2 requires
 * v_{−1} ≥ τ²). As in Alg. 2 there is no bias correction of m or v (unlike Kingma and Ba 2015, Alg. 1).
 * The moments are sized on the first step. Arithmetic is in double; the parameters are rounded to
 * float32 when written back.
 *
 * <p>Thread safety: mutable, not thread-safe. Randomness: none.
 */
public abstract sealed class AdaptiveServerOptimizer implements ServerOptimizer permits FedAdam, FedYogi, FedAdagrad {
    private final double learningRate;
    private final double beta1;
    private final double tau;
    private double[] m = new double[0];
    private double[] v = new double[0];
    private long step;

    AdaptiveServerOptimizer(double learningRate, double beta1, double tau) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.tau = tau;
    }

    /** v_t from v_{t−1} and Δ_t² for one coordinate (Reddi et al. 2021, Alg. 2). */
    abstract double secondMoment(double previous, double deltaSquared);

    @Override
    public final void apply(float[] globalParams, double[] aggregatedDelta) {
        ServerOptimizer.checkLengths(globalParams, aggregatedDelta, m.length);
        if (m.length == 0) {
            m = new double[globalParams.length];
            v = new double[globalParams.length];
            Arrays.fill(v, tau * tau); // v_{−1} = τ² (Reddi et al. 2021, Alg. 2 input: v_{−1} ≥ τ²)
        }
        for (int j = 0; j < globalParams.length; j++) {
            double delta = aggregatedDelta[j];
            m[j] = beta1 * m[j] + (1 - beta1) * delta; // m_t = β1 m_{t−1} + (1 − β1) Δ_t (Reddi, Alg. 2)
            v[j] = secondMoment(v[j], delta * delta);
            // x_{t+1} = x_t + η m_t / (√v_t + τ) (Reddi et al. 2021, Alg. 2)
            globalParams[j] = (float) (globalParams[j] + learningRate * m[j] / (Math.sqrt(v[j]) + tau));
        }
        step++;
    }

    @Override
    public final ServerOptimizerState state() {
        return new ServerOptimizerState(name(), step, m, v);
    }

    @Override
    public final void restore(ServerOptimizerState state) {
        state.requireKind(name());
        double[] newM = state.m();
        double[] newV = state.v();
        if (newM.length != newV.length) {
            throw new IllegalArgumentException("state m length=" + newM.length + ", allowed: " + newV.length
                    + " (the length of v)");
        }
        m = newM;
        v = newV;
        step = state.step();
    }
}
