package org.veil.lfr.model;

import org.veil.lfr.LfrMode;

/**
 * The constrained parameters at one θ plus the products every row needs: the Gram matrix
 * Γ_kj = v_k·v_j (so that x̂_n·v_k = Σ_j M_nj Γ_jk without forming x̂_n), α-weighted prototypes
 * α∘v_k and c_k = Σ_i α_i v_ki² (‖v_k‖² without α), which turn the distance of eq. 3 into
 * Σ α x² − 2 x·(α∘v_k) + c_k over the row's non-zeros. Immutable after construction.
 */
final class Prototypes {
    final double[][] v;
    final double[] w;
    final double[][] alphas;
    final double[][] gram;
    /** [set][k][i] = α_set,i v_ki; without α the unweighted v. */
    final double[][][] weighted;
    /** [set][k] = Σ_i α_set,i v_ki². */
    final double[][] offset;
    final boolean euclidean;

    Prototypes(ParameterLayout layout, double[] theta, LfrMode mode) {
        v = layout.prototypesOf(theta);
        w = layout.labelWeightsOf(theta);
        alphas = layout.alphasOf(theta);
        euclidean = mode == LfrMode.AIF360;
        int k = v.length;
        gram = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                gram[a][b] = Memberships.dot(v[a], v[b]);
                gram[b][a] = gram[a][b];
            }
        }
        int sets = Math.max(1, alphas.length);
        weighted = new double[sets][k][];
        offset = new double[sets][k];
        for (int s = 0; s < sets; s++) {
            for (int j = 0; j < k; j++) {
                if (euclidean) {
                    weighted[s][j] = v[j];
                    offset[s][j] = gram[j][j];
                    continue;
                }
                weighted[s][j] = new double[v[j].length];
                for (int i = 0; i < v[j].length; i++) {
                    weighted[s][j][i] = alphas[s][i] * v[j][i];
                    offset[s][j] += alphas[s][i] * v[j][i] * v[j][i];
                }
            }
        }
    }
}
