package org.veil.lfr.model;

/**
 * Forward pass of {@link LfrObjective} over a block of rows: memberships, reconstruction residuals and
 * label predictions into {@link RowState} (without forming x̂: see {@link Prototypes}), and the block's sums of the loss terms.
 *
 * <p>ŷ is clipped to [ε, 1 − ε], ε = 2^−52, as AIF360 clips it before the log loss; a clipped row gets
 * no label gradient (the clip is flat there). Each block writes only its own rows of the state.
 */
final class ForwardPass {
    static final double EPS = Math.ulp(1.0);

    private final LfrProblem data;
    private final SparseRows rows;
    private final ParameterLayout layout;
    private final Prototypes p;
    private final RowState state;

    ForwardPass(LfrProblem data, SparseRows rows, ParameterLayout layout, Prototypes p, RowState state) {
        this.data = data;
        this.rows = rows;
        this.layout = layout;
        this.p = p;
        this.state = state;
    }

    Sums block(int lo, int hi) {
        int k = layout.prototypes();
        Sums s = new Sums(k);
        for (int n = lo; n < hi; n++) {
            boolean priv = data.privileged()[n] == 1;
            double[] m = state.membership[n];
            double[] u = state.dots[n];
            distances(n, layout.alphaSets() == 2 && priv ? 1 : 0, u, state.distance[n]);
            Memberships.softmin(state.distance[n], m);
            // ‖x̂ − x‖² = x̂·x̂ − 2 x̂·x + x·x with x̂ = Σ_k M_k v_k (eq. 5): x̂·x̂ = MᵀΓM, x̂·x = Σ_k M_k u_k
            double hh = 0;
            double hx = 0;
            for (int a = 0; a < k; a++) {
                hh += m[a] * Memberships.dot(p.gram[a], m);
                hx += m[a] * u[a];
            }
            double rr = Math.max(0, hh - 2 * hx + rows.squaredNorm[n]);
            double y = Memberships.label(m, p.w);
            state.clipped[n] = y < EPS || y > 1 - EPS;
            y = Math.min(1 - EPS, Math.max(EPS, y));
            state.yHat[n] = y;
            // eq. 7: −y log ŷ − (1 − y) log(1 − ŷ)
            s.logLoss += data.favourable()[n] == 1 ? -Math.log(y) : -Math.log1p(-y);
            double[] msum = priv ? s.privSum : s.unprivSum;
            for (int j = 0; j < k; j++) {
                msum[j] += m[j];
            }
            if (priv) {
                s.reconPriv += rr;
                s.privRows++;
            } else {
                s.reconUnpriv += rr;
                s.unprivRows++;
            }
        }
        return s;
    }

    /**
     * u_k = x·v_k and d_k = Σ α (x − v_k)² = Σ α x² − 2 x·(α∘v_k) + Σ α v_k² (eq. 3), or the Euclidean
     * ‖x − v_k‖ without α; clamped at 0 against rounding.
     */
    private void distances(int n, int set, double[] u, double[] d) {
        double xa = p.euclidean ? rows.squaredNorm[n] : rows.weightedSquaredNorm(n, p.alphas[set]);
        for (int j = 0; j < u.length; j++) {
            u[j] = rows.dot(n, p.v[j]);
            double xs = p.euclidean ? u[j] : rows.dot(n, p.weighted[set][j]);
            double q = Math.max(0, xa - 2 * xs + p.offset[set][j]);
            d[j] = p.euclidean ? Math.sqrt(q) : q;
        }
    }

    /** Block sums; {@link #add} merges two blocks (in block order, for determinism). */
    static final class Sums {
        private double reconPriv;
        private double reconUnpriv;
        private double logLoss;
        private final double[] privSum;
        private final double[] unprivSum;
        private long privRows;
        private long unprivRows;

        Sums(int k) {
            privSum = new double[k];
            unprivSum = new double[k];
        }

        Sums add(Sums o) {
            reconPriv += o.reconPriv;
            reconUnpriv += o.reconUnpriv;
            logLoss += o.logLoss;
            for (int j = 0; j < privSum.length; j++) {
                privSum[j] += o.privSum[j];
                unprivSum[j] += o.unprivSum[j];
            }
            privRows += o.privRows;
            unprivRows += o.unprivRows;
            return this;
        }

        double reconstructionPrivileged() {
            return reconPriv;
        }

        double reconstructionUnprivileged() {
            return reconUnpriv;
        }

        double logLoss() {
            return logLoss;
        }

        /** M̄⁺_k (eq. 4). */
        double privilegedMean(int k) {
            return privSum[k] / privRows;
        }

        /** M̄⁻_k (eq. 4). */
        double unprivilegedMean(int k) {
            return unprivSum[k] / unprivRows;
        }
    }
}
