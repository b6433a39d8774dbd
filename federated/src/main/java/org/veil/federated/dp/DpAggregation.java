package org.veil.federated.dp;

import java.util.List;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.federated.aggregate.ClientUpdate;

/**
 * The server side of one DP-FedAvg round (McMahan et al. 2018, Alg. 1 with uniform weights;
 * Andrew et al. 2021, Alg. 1 for the clip): clip every update to C, sum, add N(0, (σ_Δ·C)²) to
 * every coordinate, divide by the expected cohort size m; with adaptive clipping also release the
 * noisy count of unclipped updates and move C.
 *
 * <p>Sensitivity. Adding or removing one client changes the clipped sum by at most C in L2. Two
 * effects could exceed it and are covered, as in DP-SGD ({@code docs/dp-sgd.md} §3): the noise
 * source rounds to a grid of step g, which can add g·√d ({@link NoiseSource#sensitivityInflation}),
 * and the clipped norm is computed in double precision (relative error ≤ d·2^−53). Updates are
 * therefore clipped to (C − g√d)(1 − 1e−9); the noise stays σ_Δ·C.
 *
 * <p>Thread safety: stateless. Randomness: only the noise source passed in.
 */
public final class DpAggregation {

    /** Relative margin for double-precision norms and sums (d·2^−53 ≪ 1e−9 for d below 10^6). */
    static final double NORM_MARGIN = 1e-9;

    private DpAggregation() {
    }

    /**
     * The result of one round.
     *
     * @param meanDelta      noisy sum / m, the update the server optimiser applies
     * @param unclippedCount how many updates were within C (exact; for logs, not for release)
     * @param nextClip       the clip norm for the next round (unchanged without adaptive clipping)
     */
    public record Result(double[] meanDelta, int unclippedCount, double nextClip) {
    }

    /**
     * The L2 bound an update is clipped to so that its contribution to the released sum stays within C
     * (by the server; by the client itself under secure aggregation, with its encoding's scale): C less
     * the noise grid's g·√d, less √d/scale for the fixed-point rounding (at most ½ per coordinate,
     * doubled for margin; 0 for an infinite scale), times (1 − 10^−9).
     *
     * @param clip     C
     * @param dimension d
     * @param noiseStd the noise standard deviation (0 without DP)
     * @param scale    the fixed-point scale of the encoding
     */
    public static double clientBound(double clip, int dimension, double noiseStd, double scale) {
        double inflation = noiseStd > 0 ? NoiseSource.sensitivityInflation(dimension, noiseStd) : 0;
        double bound = (clip - inflation - Math.sqrt(dimension) / scale) * (1 - NORM_MARGIN);
        if (!(bound > 0)) {
            throw new IllegalStateException("clip=" + clip + " is too small for d=" + dimension + " at scale " + scale);
        }
        return bound;
    }

    /**
     * A round whose clipped sum was computed elsewhere (by secure aggregation, from updates the
     * clients clipped to {@link #clientBound}): adds the noise, divides by m and, with adaptive
     * clipping, releases the noisy count and moves C. {@link #aggregate} ends here too, so both paths
     * draw the same noise in the same order.
     *
     * @param clippedSum the sum of the clipped updates (not modified)
     * @param count      how many updates it holds
     * @param unclipped  how many of them were within C before clipping (read only with adaptive clipping)
     * @param clip       this round's C
     * @param plan       the run's plan (σ_Δ, m)
     * @param adaptive   adaptive clipping settings or null
     * @param noise      the run's noise source for this round
     */
    public static Result fromSum(double[] clippedSum, int count, int unclipped, double clip, DpPlan plan,
            AdaptiveClipping adaptive, NoiseSource noise) {
        if (adaptive != null && (unclipped < 0 || unclipped > count)) {
            throw new IllegalArgumentException("unclipped=" + unclipped + ", allowed: 0 … " + count);
        }
        double[] sum = clippedSum.clone();
        noise.addGaussian(sum, plan.updateNoiseMultiplier() * clip);         // Alg. 1: + N(0, sigma^2 C^2 I)
        double m = plan.expectedClients();
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= m;                                                     // Alg. 1: divide by qN
        }
        double next = clip;
        if (adaptive != null) {
            // Andrew et al. 2021, Alg. 1: centred count sum(b_i - 1/2) plus N(0, sigma_b^2)
            double centred = unclipped - 0.5 * count + noise.gaussian(adaptive.countNoise(m));
            next = adaptive.nextClip(clip, centred, m);
        }
        return new Result(sum, unclipped, next);
    }

    /**
     * Aggregates one round's updates (possibly none: the noise alone is still released and accounted).
     *
     * @param updates   the round's accepted updates (weights are ignored: uniform weights)
     * @param dimension number of parameters d
     * @param clip      this round's C
     * @param plan      the run's plan (σ_Δ, m)
     * @param adaptive  adaptive clipping settings or null
     * @param noise     the run's noise source for this round
     */
    public static Result aggregate(List<ClientUpdate> updates, int dimension, double clip, DpPlan plan,
            AdaptiveClipping adaptive, NoiseSource noise) {
        double noiseStd = plan.updateNoiseMultiplier() * clip;
        // the server clips exact (double) values: no fixed-point rounding, so an infinite scale
        double enforced = clientBound(clip, dimension, noiseStd, Double.POSITIVE_INFINITY);
        double[] sum = new double[dimension];
        int unclipped = 0;
        for (ClientUpdate u : updates) {
            float[] d = u.delta();
            if (d.length != dimension) {
                throw new IllegalArgumentException("update of " + u.clientId() + " has " + d.length
                        + " entries, allowed: " + dimension);
            }
            double norm = UpdateNorms.l2(d);
            if (norm <= clip) {
                unclipped++;
            }
            double factor = Math.min(1, enforced / norm);                    // McMahan et al. 2018, Alg. 1: clip
            for (int i = 0; i < dimension; i++) {
                sum[i] += factor * d[i];
            }
        }
        return fromSum(sum, updates.size(), unclipped, clip, plan, adaptive, noise);
    }
}
