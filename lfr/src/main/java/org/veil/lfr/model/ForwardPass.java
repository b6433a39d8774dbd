package org.veil.lfr.model;

import org.veil.lfr.LfrMode;

/**
 * Forward pass of {@link LfrObjective} over a block of rows: memberships, reconstruction residuals and
 * label predictions into {@link RowState}, and the block's sums of the loss terms.
 *
 * <p>ŷ is clipped to [ε, 1 − ε], ε = 2^−52, as AIF360 clips it before the log loss; a clipped row gets
 * no label gradient (the clip is flat there). Each block writes only its own rows of the state.
 */
final class ForwardPass {
    static final double EPS = Math.ulp(1.0);

    private final LfrProblem data;
    private final ParameterLayout layout;
    private final double[][] v;
    private final double[] w;
    private final double[][] alphas;
    private final RowState state;

    ForwardPass(LfrProblem data, ParameterLayout layout, double[] theta, RowState state, LfrMode mode) {
        this.data = data;
        this.layout = layout;
        this.v = layout.prototypesOf(theta);
        this.w = layout.labelWeightsOf(theta);
        this.alphas = mode == LfrMode.AIF360 ? null : layout.alphasOf(theta);
        this.state = state;
    }

    Sums block(int lo, int hi) {
        int k = layout.prototypes();
        Sums s = new Sums(k);
        for (int n = lo; n < hi; n++) {
            boolean priv = data.privileged()[n] == 1;
            double[] alpha = alphas == null ? null : alphas[layout.alphaSets() == 2 && priv ? 1 : 0];
            double[] m = state.membership[n];
            Memberships.compute(data.x()[n], v, alpha, state.distance[n], m);
            double[] r = state.residual[n];
            Memberships.reconstruct(m, v, r);
            double[] x = data.x()[n];
            double rr = 0;
            for (int i = 0; i < r.length; i++) {
                r[i] -= x[i];
                rr += r[i] * r[i];
            }
            double y = Memberships.label(m, w);
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
