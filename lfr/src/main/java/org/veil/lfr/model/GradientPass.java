package org.veil.lfr.model;

/**
 * Backward pass of {@link LfrObjective}: ∂L/∂θ by the chain rule through eq. 2-7 of Zemel et al. 2013.
 *
 * <p>Per row: G_k = ∂L/∂M_nk = 2·Ax·f_n·Σ_i r_ni v_ki + (Ay/N)·ℓ'_n·w_k + ∂(Az·Lz)/∂M_nk, where
 * r = x̂ − x and ℓ' = ∂ℓ/∂ŷ; through the softmax (eq. 2) ∂L/∂d_nk = H_nk = −M_nk (G_k − Σ_j M_nj G_j).
 * The distance derivatives are then collected per side g as B_ki = Σ_n H_nk x_ni, C_k = Σ_n H_nk and
 * A_i = Σ_n x_ni² Σ_k H_nk, so that ∂L/∂v_ki = −2 α_gi (B_ki − v_ki C_k) and
 * ∂L/∂α_gi = Σ_n Σ_k H_nk (x_ni − v_ki)² = A_i − 2 Σ_k v_ki B_ki + Σ_k v_ki² C_k (eq. 3). For the
 * Euclidean distance H is divided by d_nk first and ∂d/∂v = −(x − v)/d. The direct path through x̂
 * is kept as a k × k mixing matrix and the sparse −Σ fx M x, so no row costs more than O(k·nnz + k²).
 * Blocks are independent; each returns its own sums.
 */
final class GradientPass {
    /** Below this distance the Euclidean derivative (x − v)/d is taken as 0 (d is not differentiable at 0). */
    private static final double MIN_DISTANCE = 1e-150;

    private final LfrProblem data;
    private final SparseRows rows;
    private final ParameterLayout layout;
    private final double[] theta;
    private final Prototypes p;
    private final RowState state;
    private final LossScale scale;
    private final double[] sign;
    private final int sets;

    GradientPass(LfrProblem data, SparseRows rows, double[] theta, Prototypes p, RowState state, LossScale scale,
            double[] sign) {
        this.data = data;
        this.rows = rows;
        this.layout = scale.layout();
        this.theta = theta;
        this.p = p;
        this.state = state;
        this.scale = scale;
        this.sign = sign;
        this.sets = Math.max(1, layout.alphaSets());
    }

    Sums block(int lo, int hi) {
        int k = layout.prototypes();
        Sums s = new Sums(sets, k, layout.features());
        double[] g = new double[k];
        for (int n = lo; n < hi; n++) {
            boolean priv = data.privileged()[n] == 1;
            double[] m = state.membership[n];
            double[] u = state.dots[n];
            double fx = 2 * scale.ax() * scale.reconstructionFactor(priv);
            double y = state.yHat[n];
            // eq. 7: dℓ/dŷ = −1/ŷ for a favourable row, 1/(1 − ŷ) otherwise
            double dl = state.clipped[n] ? 0 : data.favourable()[n] == 1 ? -1 / y : 1 / (1 - y);
            double cy = scale.labelFactor() * dl;
            double pz = scale.parityFactor(priv);
            double gbar = 0;
            for (int j = 0; j < k; j++) {
                // (x̂ − x)·v_j = Σ_l M_l Γ_lj − u_j (eq. 5)
                g[j] = fx * (Memberships.dot(p.gram[j], m) - u[j]) + cy * p.w[j] + pz * sign[j];
                gbar += m[j] * g[j];
                // direct path through x̂: ∂/∂v_j += fx M_j (x̂ − x) = fx M_j (Σ_l M_l v_l − x)
                double e = fx * m[j];
                double[] pj = s.mixing[j];
                for (int l = 0; l < k; l++) {
                    pj[l] += e * m[l];
                }
                rows.addScaled(n, -e, s.prototypes[j]);
                s.labelWeights[j] += cy * m[j];
            }
            accumulateDistance(s, n, priv, g, gbar);
        }
        return s;
    }

    private void accumulateDistance(Sums s, int n, boolean priv, double[] g, double gbar) {
        int set = layout.alphaSets() == 2 && priv ? 1 : 0;
        double[] m = state.membership[n];
        double hsum = 0;
        for (int j = 0; j < g.length; j++) {
            // softmax of −d (eq. 2): ∂L/∂d_j = −M_j (G_j − Σ_l M_l G_l)
            double h = -m[j] * (g[j] - gbar);
            hsum += h;
            if (p.euclidean) {
                double dist = state.distance[n][j];
                h = dist > MIN_DISTANCE ? h / dist : 0;
            }
            rows.addScaled(n, h, s.b[set][j]);
            s.c[set][j] += h;
        }
        if (!p.euclidean) {
            rows.addScaledSquares(n, hsum, s.a[set]);
        }
    }

    /** Writes ∂L/∂θ from the summed blocks. */
    void finish(Sums s, double[] gradient) {
        int k = layout.prototypes();
        int d = layout.features();
        double[][] v = p.v;
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < d; i++) {
                double gv = s.prototypes[j][i];
                for (int l = 0; l < k; l++) {
                    gv += s.mixing[j][l] * v[l][i];
                }
                for (int set = 0; set < sets; set++) {
                    double diff = s.b[set][j][i] - v[j][i] * s.c[set][j];
                    // Euclidean: ∂d/∂v = −(x − v)/d; weighted squared (eq. 3): ∂d/∂v = −2α(x − v)
                    gv -= p.euclidean ? diff : 2 * p.alphas[set][i] * diff;
                }
                gradient[layout.prototype(j, i)] = gv;
            }
            // w = sigmoid(ω): dw/dω = w (1 − w)
            gradient[layout.labelWeight(j)] = s.labelWeights[j] * p.w[j] * (1 - p.w[j]);
        }
        for (int set = 0; set < layout.alphaSets(); set++) {
            for (int i = 0; i < d; i++) {
                double ga = s.a[set][i];
                for (int j = 0; j < k; j++) {
                    ga += -2 * v[j][i] * s.b[set][j][i] + v[j][i] * v[j][i] * s.c[set][j];
                }
                // α = softplus(a): dα/da = sigmoid(a)
                gradient[layout.alpha(set, i)] = ga * ParameterLayout.sigmoid(theta[layout.alpha(set, i)]);
            }
        }
    }

    /** Per-block gradient sums. */
    static final class Sums {
        /** −Σ_n fx M_nj x_n per prototype j (the x part of the direct path through x̂). */
        final double[][] prototypes;
        /** Σ_n fx M_nj M_nl: the x̂ part of the direct path, applied to V in {@link #finish}. */
        final double[][] mixing;
        final double[] labelWeights;
        final double[][][] b;
        final double[][] c;
        final double[][] a;

        Sums(int sets, int k, int d) {
            prototypes = new double[k][d];
            mixing = new double[k][k];
            labelWeights = new double[k];
            b = new double[sets][k][d];
            c = new double[sets][k];
            a = new double[sets][d];
        }

        Sums add(Sums o) {
            for (int j = 0; j < labelWeights.length; j++) {
                labelWeights[j] += o.labelWeights[j];
                addInto(prototypes[j], o.prototypes[j]);
                addInto(mixing[j], o.mixing[j]);
            }
            for (int set = 0; set < b.length; set++) {
                for (int j = 0; j < labelWeights.length; j++) {
                    addInto(b[set][j], o.b[set][j]);
                    c[set][j] += o.c[set][j];
                }
                addInto(a[set], o.a[set]);
            }
            return this;
        }

        private static void addInto(double[] to, double[] from) {
            for (int i = 0; i < to.length; i++) {
                to[i] += from[i];
            }
        }
    }
}
