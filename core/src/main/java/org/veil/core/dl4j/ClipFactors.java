package org.veil.core.dl4j;

import java.util.Arrays;

/**
 * Per-example clipping factors c_i = min(1, C / ‖g_i‖₂) (Abadi et al. 2016, Algorithm 1) from the
 * per-layer squared norms of one chunk, flat (one factor per example over all layers) or per layer
 * (one factor per example and layer). An example whose loss or gradient norm is not finite gets
 * factor 0: its contribution is dropped (still within the bound) and counted, so the trainer can
 * stop.
 *
 * <p>Immutable after construction; stateless otherwise.
 */
final class ClipFactors {
    private final float[][] perLayer;
    private final ClipStats stats;

    private ClipFactors(float[][] perLayer, ClipStats stats) {
        this.perLayer = perLayer;
        this.stats = stats;
    }

    /**
     * @param clipping bounds
     * @param sqNorms  [layer][example] squared norms
     * @param losses   per-example losses
     */
    static ClipFactors of(Clipping clipping, double[][] sqNorms, double[] losses) {
        int layers = sqNorms.length;
        int n = losses.length;
        float[][] f = new float[layers][n];
        int clipped = 0;
        int nonFinite = 0;
        double lossSum = 0;
        double maxNorm = 0;
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int l = 0; l < layers; l++) {
                total += sqNorms[l][i];
            }
            double norm = Math.sqrt(total);
            if (!Double.isFinite(norm) || !Double.isFinite(losses[i])) {
                nonFinite++;
                lossSum = Double.NaN;
                continue; // factors stay 0
            }
            lossSum += losses[i];
            maxNorm = Math.max(maxNorm, norm);
            boolean any = false;
            if (clipping instanceof Clipping.Flat flat) {
                double c = factor(flat.maxGradNorm(), norm);
                any = c < 1;
                for (int l = 0; l < layers; l++) {
                    f[l][i] = (float) c;
                }
            } else {
                Clipping.PerLayer per = (Clipping.PerLayer) clipping;
                for (int l = 0; l < layers; l++) {
                    double c = factor(per.maxGradNorms().get(l), Math.sqrt(sqNorms[l][i]));
                    any |= c < 1;
                    f[l][i] = (float) c;
                }
            }
            if (any) {
                clipped++;
            }
        }
        return new ClipFactors(f, new ClipStats(n, clipped, nonFinite, lossSum, maxNorm));
    }

    // min(1, C / ‖g‖); rounded down to float so that the float factor never exceeds the real one.
    private static double factor(double bound, double norm) {
        if (norm <= bound) {
            return 1.0;
        }
        float c = (float) (bound / norm);
        return c > bound / norm ? Math.nextDown(c) : c;
    }

    float[] forLayer(int layer) {
        return Arrays.copyOf(perLayer[layer], perLayer[layer].length);
    }

    ClipStats stats() {
        return stats;
    }
}
