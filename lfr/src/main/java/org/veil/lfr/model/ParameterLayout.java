package org.veil.lfr.model;

/**
 * Where each LFR parameter sits in the flat vector θ that the optimiser sees, and the maps from the
 * unconstrained θ to the constrained model parameters.
 *
 * <p>θ = [ V (k × d, row-major) | ω (k) | a (alphaSets × d) ]. The prototypes V are free. The label
 * weights w_k ∈ (0, 1) (Zemel et al. 2013, eq. 6) are w = sigmoid(ω), and the distance weights
 * α ≥ 0 (eq. 3) are α = softplus(a): the bounds that the authors enforce with L-BFGS-B become a smooth
 * reparameterisation, so a plain L-BFGS applies (docs/lfr.md). {@code alphaSets} is 2 (α⁺ for the
 * privileged side, α⁻ for the rest, as in the paper), 1 (one shared α, when the group is not known at
 * prediction time) or 0 (no α: AIF360's plain Euclidean distance).
 *
 * <p>Immutable and thread-safe.
 *
 * @param prototypes k, the number of prototypes
 * @param features   d, the input dimension
 * @param alphaSets  0, 1 or 2 sets of per-feature distance weights
 */
public record ParameterLayout(int prototypes, int features, int alphaSets) {

    public ParameterLayout {
        if (prototypes < 2) {
            throw new IllegalArgumentException("prototypes=" + prototypes + ", allowed: >= 2");
        }
        if (features < 1) {
            throw new IllegalArgumentException("features=" + features + ", allowed: >= 1");
        }
        if (alphaSets < 0 || alphaSets > 2) {
            throw new IllegalArgumentException("alphaSets=" + alphaSets + ", allowed: 0, 1 or 2");
        }
    }

    /** Length of θ. */
    public int size() {
        return prototypes * features + prototypes + alphaSets * features;
    }

    /** Index of prototype k's feature i. */
    public int prototype(int k, int i) {
        return k * features + i;
    }

    /** Index of ω_k (w_k = sigmoid(ω_k)). */
    public int labelWeight(int k) {
        return prototypes * features + k;
    }

    /** Index of a_{g,i} (α_{g,i} = softplus(a_{g,i})). */
    public int alpha(int set, int i) {
        return prototypes * features + prototypes + set * features + i;
    }

    /** The prototypes V (k × d) in θ. */
    public double[][] prototypesOf(double[] theta) {
        double[][] v = new double[prototypes][features];
        for (int k = 0; k < prototypes; k++) {
            System.arraycopy(theta, prototype(k, 0), v[k], 0, features);
        }
        return v;
    }

    /** The label weights w_k = sigmoid(ω_k) ∈ (0, 1). */
    public double[] labelWeightsOf(double[] theta) {
        double[] w = new double[prototypes];
        for (int k = 0; k < prototypes; k++) {
            w[k] = sigmoid(theta[labelWeight(k)]);
        }
        return w;
    }

    /** The distance weights α (alphaSets × d), α = softplus(a) ≥ 0; an empty array without α. */
    public double[][] alphasOf(double[] theta) {
        double[][] a = new double[alphaSets][features];
        for (int g = 0; g < alphaSets; g++) {
            for (int i = 0; i < features; i++) {
                a[g][i] = softplus(theta[alpha(g, i)]);
            }
        }
        return a;
    }

    /** θ for the given constrained parameters (inverse of the maps above). */
    public double[] encode(double[][] v, double[] w, double[][] alphas) {
        double[] theta = new double[size()];
        for (int k = 0; k < prototypes; k++) {
            System.arraycopy(v[k], 0, theta, prototype(k, 0), features);
            theta[labelWeight(k)] = logit(w[k]);
        }
        for (int g = 0; g < alphaSets; g++) {
            for (int i = 0; i < features; i++) {
                theta[alpha(g, i)] = inverseSoftplus(alphas[g][i]);
            }
        }
        return theta;
    }

    /** The logistic function 1 / (1 + e^{−t}), computed without overflow. */
    public static double sigmoid(double t) {
        if (t >= 0) {
            return 1.0 / (1.0 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1.0 + e);
    }

    /** log(1 + e^t), computed without overflow. */
    public static double softplus(double t) {
        return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }

    static double logit(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("label weight=" + p + ", allowed: (0, 1)");
        }
        return Math.log(p) - Math.log1p(-p);
    }

    static double inverseSoftplus(double a) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("alpha=" + a + ", allowed: > 0 and finite");
        }
        // log(e^a − 1), written to stay accurate for small and large a
        return a > 30 ? a + Math.log1p(-Math.exp(-a)) : Math.log(Math.expm1(a));
    }
}
