package org.veil.federated.optim;

import java.util.Objects;

/**
 * Server SGD, optionally with heavy-ball momentum: m_t = β1·m_{t−1} + Δ_t, x_{t+1} = x_t + η·m_t
 * (Reddi et al. 2021, Alg. 1 with SGD / SGD with momentum as ServerOpt; with momentum this is FedAvgM,
 * Hsu et al. 2019, "Measuring the Effects of Non-Identical Data Distribution for Federated Visual
 * Classification", §3). With η = 1 and β1 = 0 it is FedAvg: x ← x + Δ (McMahan et al. 2017, Alg. 1).
 *
 * <p>Thread safety: mutable (momentum buffer), not thread-safe. Randomness: none.
 */
public final class ServerSgd implements ServerOptimizer {
    private final ServerSgdOptions options;
    private double[] m = new double[0];
    private long step;

    public ServerSgd(ServerSgdOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public void apply(float[] globalParams, double[] aggregatedDelta) {
        ServerOptimizer.checkLengths(globalParams, aggregatedDelta, m.length);
        double eta = options.learningRate();
        double beta1 = options.momentum();
        if (beta1 > 0 && m.length == 0) {
            m = new double[globalParams.length];
        }
        for (int j = 0; j < globalParams.length; j++) {
            double direction = aggregatedDelta[j];
            if (beta1 > 0) {
                m[j] = beta1 * m[j] + aggregatedDelta[j]; // m_t = β1 m_{t−1} + Δ_t (Hsu et al. 2019, §3)
                direction = m[j];
            }
            globalParams[j] = (float) (globalParams[j] + eta * direction); // x_{t+1} = x_t + η m_t (Reddi, Alg. 1)
        }
        step++;
    }

    @Override
    public ServerOptimizerState state() {
        return new ServerOptimizerState(name(), step, m, new double[0]);
    }

    @Override
    public void restore(ServerOptimizerState state) {
        state.requireKind(name());
        if (state.v().length != 0) {
            throw new IllegalArgumentException("state v length=" + state.v().length + ", allowed: 0 for " + name());
        }
        m = state.m();
        step = state.step();
    }

    /** The options. */
    public ServerSgdOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "fedavg";
    }
}
