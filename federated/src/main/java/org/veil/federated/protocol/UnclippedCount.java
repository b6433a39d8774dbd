package org.veil.federated.protocol;

import java.util.Arrays;

/**
 * Adaptive clipping under secure aggregation: each client appends one coordinate to its encoded
 * update, 1 when the update's L2 norm before clipping was within the round's clip bound and 0
 * otherwise, so the secure sum carries the count of unclipped updates next to the update sum and
 * the server never sees a single client's bit (Andrew et al. 2021, §3: the indicator sum "can be
 * computed with secure aggregation" alongside the updates). The coordinate is the plain integer 1 in
 * Z_{2^32}, not a fixed-point value, so the count decodes exactly whatever the scale.
 *
 * <p>Privacy is unchanged: the server adds N(0, σ_b²) to the centred count exactly as when it sees
 * the updates ({@code DpAggregation.fromSum}). A malicious client can put any value in its
 * coordinate; the decoded count is clamped to [0, survivors], which keeps an honest client's
 * influence on the centred count at ½ (the sensitivity the analysis uses). Stateless.
 */
public final class UnclippedCount {

    private UnclippedCount() {
    }

    /** {@code encoded} followed by the indicator: 1 when {@code norm ≤ bound}, else 0. */
    public static int[] append(int[] encoded, double norm, double bound) {
        int[] out = Arrays.copyOf(encoded, encoded.length + 1);
        out[encoded.length] = norm <= bound ? 1 : 0;
        return out;
    }

    /** The update part of a decoded secure sum (all but the last coordinate). */
    public static double[] updateSum(double[] decodedSum) {
        return Arrays.copyOf(decodedSum, decodedSum.length - 1);
    }

    /**
     * The count in a decoded secure sum's last coordinate ({@code decoded = integer sum / scale}),
     * clamped to [0, survivors].
     */
    public static int count(double[] decodedSum, double scale, int survivors) {
        long raw = Math.round(decodedSum[decodedSum.length - 1] * scale);
        return (int) Math.max(0, Math.min(survivors, raw));
    }
}
