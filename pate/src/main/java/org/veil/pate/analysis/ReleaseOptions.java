package org.veil.pate.analysis;

/**
 * Options of {@link EpsilonRelease}: the Renyi order alpha, the smoothness beta and the noise multiplier
 * sigma_ss of the smooth-sensitivity release (Papernot et al. 2018, Appendix C.1, Theorem 23). Each
 * one left {@code null} is chosen on the private votes as the authors' smooth_sensitivity_table.py does
 * (alpha: the analysis's optimal order; beta on the grid 0.30/alpha, 0.31/alpha, ..., 0.49/alpha;
 * sigma_ss = (alpha e^(2 beta) / SS)^(1/3)), which makes the choice itself data-dependent: fix all
 * three, from public information, for a release whose parameters reveal nothing.
 *
 * @param order           alpha &gt; 1, or null to use the analysis's optimal order
 * @param beta            beta &gt; 0 with 2 alpha beta &lt; 1 (Theorem 23), or null to choose it
 * @param noiseMultiplier sigma_ss &gt; 0, or null to choose it
 */
public record ReleaseOptions(Double order, Double beta, Double noiseMultiplier) {

    public ReleaseOptions {
        if (order != null && (!(order > 1) || order.isInfinite())) {
            throw new IllegalArgumentException("order=" + order + ", allowed: > 1 and finite, or null");
        }
        if (beta != null && (!(beta > 0) || beta.isInfinite())) {
            throw new IllegalArgumentException("beta=" + beta + ", allowed: > 0 and finite, or null");
        }
        if (noiseMultiplier != null && (!(noiseMultiplier > 0) || noiseMultiplier.isInfinite())) {
            throw new IllegalArgumentException("noiseMultiplier=" + noiseMultiplier + ", allowed: > 0 and finite, or null");
        }
        if (order != null && beta != null && !(2 * order * beta < 1)) {
            throw new IllegalArgumentException("beta=" + beta + " at order=" + order
                    + ", allowed: 2 order beta < 1 (Papernot et al. 2018, Thm 23)");
        }
    }

    /** Everything chosen as the authors' script does. */
    public ReleaseOptions() {
        this(null, null, null);
    }

    public ReleaseOptions withOrder(Double newOrder) {
        return new ReleaseOptions(newOrder, beta, noiseMultiplier);
    }

    public ReleaseOptions withBeta(Double newBeta) {
        return new ReleaseOptions(order, newBeta, noiseMultiplier);
    }

    public ReleaseOptions withNoiseMultiplier(Double newNoiseMultiplier) {
        return new ReleaseOptions(order, beta, newNoiseMultiplier);
    }

    /** Whether alpha, beta and sigma_ss are all fixed (none is chosen on the votes). */
    public boolean fixed() {
        return order != null && beta != null && noiseMultiplier != null;
    }
}
