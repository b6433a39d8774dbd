package org.veil.federated.aggregate;

import java.util.List;
import java.util.Objects;

/**
 * The checked inputs of one aggregation: the n clients' deltas (not copied) and weights, all of the
 * same dimension d and with finite entries (a NaN would break every order statistic, and the server
 * should reject such a client rather than let a rule guess). Package-private.
 *
 * <p>Thread safety: immutable view; the arrays are shared with the {@link ClientUpdate}s.
 */
final class UpdateSet {
    final float[][] rows;
    final double[] weights;
    final int n;
    final int d;

    private UpdateSet(float[][] rows, double[] weights, int d) {
        this.rows = rows;
        this.weights = weights;
        this.n = rows.length;
        this.d = d;
    }

    /** Checks {@code updates} and wraps them. */
    static UpdateSet of(List<ClientUpdate> updates) {
        Objects.requireNonNull(updates, "updates");
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("updates: none, allowed: at least one client update");
        }
        int n = updates.size();
        float[][] rows = new float[n][];
        double[] weights = new double[n];
        int d = updates.get(0).delta().length;
        for (int i = 0; i < n; i++) {
            ClientUpdate u = Objects.requireNonNull(updates.get(i), "updates[" + i + "]");
            if (u.delta().length != d) {
                throw new IllegalArgumentException("client " + u.clientId() + ": delta length=" + u.delta().length
                        + ", allowed: " + d + " (the length of client " + updates.get(0).clientId() + "'s delta)");
            }
            checkFinite(u);
            rows[i] = u.delta();
            weights[i] = u.weight();
        }
        return new UpdateSet(rows, weights, d);
    }

    private static void checkFinite(ClientUpdate u) {
        float[] delta = u.delta();
        for (int j = 0; j < delta.length; j++) {
            if (!Float.isFinite(delta[j])) {
                throw new IllegalArgumentException("client " + u.clientId() + ": delta[" + j + "]=" + delta[j]
                        + ", allowed: finite");
            }
        }
    }
}
