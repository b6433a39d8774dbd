package org.veil.federated.optim;

import java.util.Arrays;
import java.util.Objects;

/**
 * A server optimiser's state for checkpoints: its kind, the number of steps applied and the moment
 * vectors (Reddi et al. 2021, Alg. 2: m_t and v_t). Empty moments mean "not used" (SGD without
 * momentum has no v) or "not yet sized" (before the first step). Jackson serialises it as a plain
 * JSON object ({@code kind}, {@code step}, {@code m}, {@code v}); the compact constructor validates
 * what is read back.
 *
 * <p>Thread safety: the constructor and the accessors copy the arrays, so instances are immutable.
 *
 * @param kind the optimiser's {@link ServerOptimizer#name()}
 * @param step rounds applied, ≥ 0
 * @param m    first moment (or SGD momentum buffer), finite entries
 * @param v    second moment, finite entries ≥ 0
 */
public record ServerOptimizerState(String kind, long step, double[] m, double[] v) {
    public ServerOptimizerState {
        Objects.requireNonNull(kind, "kind");
        if (step < 0) {
            throw new IllegalArgumentException("step=" + step + ", allowed: >= 0");
        }
        m = m == null ? new double[0] : m.clone();
        v = v == null ? new double[0] : v.clone();
        for (int j = 0; j < m.length; j++) {
            if (!Double.isFinite(m[j])) {
                throw new IllegalArgumentException("m[" + j + "]=" + m[j] + ", allowed: finite");
            }
        }
        for (int j = 0; j < v.length; j++) {
            if (!(v[j] >= 0) || Double.isInfinite(v[j])) {
                throw new IllegalArgumentException("v[" + j + "]=" + v[j] + ", allowed: finite and >= 0");
            }
        }
    }

    @Override
    public double[] m() {
        return m.clone();
    }

    @Override
    public double[] v() {
        return v.clone();
    }

    /** Throws unless this state is of {@code expectedKind}. */
    void requireKind(String expectedKind) {
        if (!kind.equals(expectedKind)) {
            throw new IllegalArgumentException("state kind=" + kind + ", allowed: " + expectedKind);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerOptimizerState s && kind.equals(s.kind) && step == s.step
                && Arrays.equals(m, s.m) && Arrays.equals(v, s.v);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, step, Arrays.hashCode(m), Arrays.hashCode(v));
    }

    @Override
    public String toString() {
        return "ServerOptimizerState[kind=" + kind + ", step=" + step + ", m.length=" + m.length
                + ", v.length=" + v.length + "]";
    }
}
