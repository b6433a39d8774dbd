package org.veil.core.privacy.analysis.pld;

/**
 * The pessimistic ("connect the dots") discretisation of one step's privacy loss distribution
 * (Doroshenko, Ghazi, Kamath, Kumar and Manurangsi 2022, Algorithm 1).
 *
 * <p>Each bucket (g_j, g_{j+1}], with upper mass u and lower mass w, is split into an atom at g_j
 * and one at g_{j+1} that together keep both u and w. The mechanism's bucket is then a
 * post-processing of the split pair (merge the two atoms back), so the split pair dominates it:
 * its hockey-stick divergence is at least the true one at every epsilon, and composition keeps
 * the order. Equivalently, with Y = exp(-loss), the split is a mean-preserving spread of Y and
 * delta(eps) = E[(1 - e^eps Y)+] is convex in Y (Jensen). The split interpolates delta linearly
 * in e^eps between grid points, which is why its error is second order in the interval, unlike
 * rounding every loss up (Meiser and Mohammadi 2018), whose error grows like T times the interval.
 *
 * <p>Truncated tails: upper mass at losses &gt; g_hi goes to the infinity mass, upper mass at losses
 * &lt;= g_lo is raised to g_lo; both only raise losses, so the result stays pessimistic.
 * Floating-point rounding can move about 1e-12 of a bucket's mass between its two ends.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
final class PessimisticDiscretisation {

    private PessimisticDiscretisation() {
    }

    static GridPmf of(LossBuckets buckets) {
        int n = buckets.size();
        double h = buckets.interval();
        double[] probs = new double[n + 1];
        double[] upper = buckets.upper();
        double[] lower = buckets.lower();
        for (int j = 0; j < n; j++) {
            double u = upper[j];
            if (!(u > 0)) {
                continue;
            }
            double w = lower[j];
            double g = buckets.gridLoss(j);
            // merged loss of the bucket, lambda = log(u / w) in (g_j, g_{j+1}]
            double lambda = w > 0 ? Math.log(u) - Math.log(w) : Double.POSITIVE_INFINITY;
            // share at g_{j+1} keeping u and w: (1 - e^{g_j - lambda}) / (1 - e^{-h}) (Doroshenko et al. 2022, Alg. 1)
            double top = lambda == Double.POSITIVE_INFINITY ? 1 : Math.expm1(g - lambda) / Math.expm1(-h);
            top = Math.min(1, Math.max(0, top));
            probs[j + 1] += u * top;
            probs[j] += u * (1 - top);
        }
        probs[0] += buckets.belowMass();
        return new GridPmf(buckets.low(), probs, buckets.aboveMass());
    }
}
